/**
 * The client's first screen: the weapp main package's size, and the time the h5 production build takes in
 * headless Chromium to show its first meaningful screen — the home greeting with the resident's grid —
 * served by the local cloud. Each run is a fresh browser profile (nothing cached). Figures go into
 * docs/PERFORMANCE.md; nothing here asserts a time. Run with `npm run bench:client` (it builds first).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startThrowawayCloud } from '../../emulator/testing';
import { demoSeed } from '../../emulator/seed';
import { launchBrowser } from '../e2e/support/browser';
import { kib, MAIN_PACKAGE_LIMIT_BYTES, packageSizes } from './weapp-package';
import { percentile } from './stats';

const H5_DIR = join(__dirname, '..', '..', 'dist', 'h5');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const RESIDENT = 'demo-resident';

interface FirstScreen {
  /** From navigation start to the splash's first paint (the first contentful paint). */
  firstPaintMs: number;
  /** From navigation start to the greeting and the grid card both on screen. */
  meaningfulMs: number;
  /** Whether the first paint showed the splash (the app not rendered yet). */
  splashFirst: boolean;
}

/** One cold visit in a fresh profile: the identity is in place before the first script runs. */
async function firstScreen(url: string): Promise<FirstScreen> {
  const { context, close } = await launchBrowser();
  try {
    await context.addInitScript((openid) => {
      window.localStorage.setItem('gh.devOpenid', openid);
      // The splash is in the HTML: note whether it was what the first frame showed.
      requestAnimationFrame(() => {
        (window as unknown as { __splashFirst?: boolean }).__splashFirst = Boolean(document.querySelector('#gh-splash'));
      });
    }, RESIDENT);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}/#/pages/home/index`, { waitUntil: 'commit' });
    // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
    const meaningfulMs = await page.waitForFunction(SCREEN_READY, undefined, { polling: 'raf', timeout: 30_000 });
    const ms = (await meaningfulMs.jsonValue()) as number;
    const paint = await page.evaluate(() => {
      const entry = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: entry ? entry.startTime : NaN, splashFirst: Boolean((window as unknown as { __splashFirst?: boolean }).__splashFirst) };
    });
    return { firstPaintMs: paint.fcp, meaningfulMs: ms, splashFirst: paint.splashFirst };
  } finally {
    await close();
  }
}

/** performance.now() once the greeting and the grid card both show text, the splash gone; 0 before. */
const SCREEN_READY = `(() => {
  const shown = (selector) => Array.from(document.querySelectorAll(selector))
    .some((node) => node.getClientRects().length > 0 && node.textContent.trim() !== '');
  const ready = shown('.gh-home__greeting') && shown('.gh-home__grid-title') && !document.getElementById('gh-splash');
  return ready ? performance.now() : 0;
})()`;

const fmt = (ms: number) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : 'n/a');

async function main(): Promise<void> {
  if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first');
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  say(`## Client run of ${new Date().toISOString()} (node ${process.version})`);
  say();
  const sizes = packageSizes();
  say('### Weapp packages (npm run build:weapp; every file under dist/weapp, by app.json subPackages)');
  say();
  say('| Package | Size |');
  say('|---|---|');
  say(`| main (limit ${kib(MAIN_PACKAGE_LIMIT_BYTES)}) | ${kib(sizes.main)} |`);
  for (const [root, bytes] of Object.entries(sizes.subPackages)) say(`| ${root} | ${kib(bytes)} |`);
  say();

  const cloud = await startThrowawayCloud({ seed: demoSeed(new Date()), staticDir: H5_DIR });
  try {
    await firstScreen(cloud.url); // warms the function instances, as a deployed environment would be
    const runs: FirstScreen[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await firstScreen(cloud.url));
    const meaningful = runs.map((run) => run.meaningfulMs);
    const paints = runs.map((run) => run.firstPaintMs).filter(Number.isFinite);
    say(`### h5 production build, first meaningful screen (${RUNS} cold visits as ${RESIDENT}, 375×740, headless Chromium, local cloud)`);
    say();
    say('| Measure | Median | Min | Max |');
    say('|---|---|---|---|');
    say(`| first paint (splash) | ${fmt(percentile(paints, 50))} | ${fmt(Math.min(...paints))} | ${fmt(Math.max(...paints))} |`);
    say(`| greeting with the grid | ${fmt(percentile(meaningful, 50))} | ${fmt(Math.min(...meaningful))} | ${fmt(Math.max(...meaningful))} |`);
    say();
    say(`Splash shown before the app in ${runs.filter((run) => run.splashFirst).length} of ${RUNS} runs.`);
  } finally {
    await cloud.stop();
  }
  const out = join(__dirname, '..', '..', 'test-artifacts', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'client.md'), `${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
