/**
 * Benchmarks of the wishes function on the local cloud: database operations per action, the wall's page
 * time with 10,000 wishes, and 200 concurrent claims. Figures go into docs/PERFORMANCE.md; nothing here
 * asserts a time. Run with `npm run bench` (after `npm run build:functions`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reply } from '../../types/reply';
import type { WishDetail, WishPage } from '../../types/wish';
import { startThrowawayCloud } from '../../emulator/testing';
import type { LocalCloud } from '../../emulator';
import { benchSeed, BENCH_VOLUNTEERS, SEQUENTIAL_CLAIMS } from './bench-seed';
import { benchComplaints } from './complaints';
import { benchMeetings } from './meetings';
import { benchReports } from './reports';
import { countOperations, formatOperations } from './operations';
import { percentile, timed } from './stats';

const WALL_PAGES = 60;
const CONCURRENT_CLAIMS = 200;
const INSTANCES = 8;

async function call<T>(cloud: LocalCloud, openid: string, name: string, action: string, input: Record<string, unknown> = {}): Promise<Reply<T>> {
  return (await cloud.callFunction(name, { action, ...input }, openid)) as Reply<T>;
}

async function ok<T>(cloud: LocalCloud, openid: string, name: string, action: string, input: Record<string, unknown> = {}): Promise<T> {
  const reply = await call<T>(cloud, openid, name, action, input);
  if (!reply.ok) throw new Error(`${name}.${action}: ${reply.error.code}`);
  return reply.data;
}

/** Walks the wall page by page (restarting at the end), timing each call. */
async function wallPageTimes(cloud: LocalCloud, openid: string, pages: number): Promise<number[]> {
  const times: number[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < pages; i += 1) {
    const { ms, value } = await timed(() => ok<WishPage>(cloud, openid, 'wishes', 'list', cursor ? { cursor } : {}));
    times.push(ms);
    cursor = value.nextCursor ?? undefined;
  }
  return times;
}

async function main(): Promise<void> {
  const seed = benchSeed();
  const cloud = await startThrowawayCloud({ seed: seed.documents, instancesPerFunction: INSTANCES });
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  try {
    // Warm every instance of every function used below.
    await Promise.all(Array.from({ length: INSTANCES }, () => call(cloud, 'demo-resident', 'wishes', 'mine')));
    await Promise.all(Array.from({ length: INSTANCES }, () => call(cloud, 'demo-resident', 'users', 'me')));

    say(`## Run of ${new Date().toISOString()} (node ${process.version})`);
    say();
    say(`Data: ${seed.wishCount} wishes in 鑫盛社区 (${seed.publishedCount} on the wall), ${BENCH_VOLUNTEERS} approved volunteers (and ${SEQUENTIAL_CLAIMS} for the baseline).`);
    say();
    say('### Database operations per call (success path, counted at the local cloud)');
    say();
    const operations = await countOperations(cloud, seed);
    for (const line of formatOperations(operations)) say(line);
    say();

    say('### Wish wall page time (one `wishes.list` call, 20 cards, sequential)');
    say();
    const big = await wallPageTimes(cloud, 'demo-resident', WALL_PAGES);
    const small = await wallPageTimes(cloud, 'demo-admin-2', WALL_PAGES);
    say('| community | wishes on the wall | median ms | p95 ms |');
    say('| --- | ---: | ---: | ---: |');
    say(`| 鑫盛社区 | ${seed.publishedCount} | ${percentile(big, 50).toFixed(1)} | ${percentile(big, 95).toFixed(1)} |`);
    say(`| 翠竹园社区 | 1 | ${percentile(small, 50).toFixed(1)} | ${percentile(small, 95).toFixed(1)} |`);
    say();
    say(`Ratio of medians, 10,000-wish community to 1-wish community: ${(percentile(big, 50) / percentile(small, 50)).toFixed(2)}`);
    say();

    say(`### ${CONCURRENT_CLAIMS} concurrent claims (${INSTANCES} instances of the function)`);
    say();
    // The baseline: claims one at a time, by volunteers who take no part in the runs below.
    const sequentialMs: number[] = [];
    for (const [index, wishId] of seed.sequentialTargets.entries()) {
      const sample = await timed(() => ok(cloud, `bench-solo-volunteer-${index}`, 'wishes', 'claim', { id: wishId }));
      sequentialMs.push(sample.ms);
    }
    const distinct = await Promise.all(
      seed.claimTargets.slice(0, CONCURRENT_CLAIMS).map((wishId, index) =>
        timed(() => call(cloud, `bench-volunteer-${index}`, 'wishes', 'claim', { id: wishId })),
      ),
    );
    const oneWish = seed.claimTargets[CONCURRENT_CLAIMS]!;
    const contended = await Promise.all(
      Array.from({ length: CONCURRENT_CLAIMS }, (_, index) =>
        timed(() => call(cloud, `bench-volunteer-${index}`, 'wishes', 'claim', { id: oneWish })),
      ),
    );
    const distinctMs = distinct.map((sample) => sample.ms);
    const contendedMs = contended.map((sample) => sample.ms);
    const won = (samples: typeof distinct) => samples.filter((sample) => (sample.value as Reply<unknown>).ok).length;
    say('| scenario | successes | median ms | p95 ms | max ms |');
    say('| --- | ---: | ---: | ---: | ---: |');
    say(`| ${sequentialMs.length} claims one at a time (baseline) | ${sequentialMs.length} | ${percentile(sequentialMs, 50).toFixed(1)} | ${percentile(sequentialMs, 95).toFixed(1)} | ${Math.max(...sequentialMs).toFixed(1)} |`);
    say(`| ${CONCURRENT_CLAIMS} volunteers, ${CONCURRENT_CLAIMS} different wishes | ${won(distinct)} | ${percentile(distinctMs, 50).toFixed(1)} | ${percentile(distinctMs, 95).toFixed(1)} | ${Math.max(...distinctMs).toFixed(1)} |`);
    say(`| ${CONCURRENT_CLAIMS} volunteers, one wish | ${won(contended)} | ${percentile(contendedMs, 50).toFixed(1)} | ${percentile(contendedMs, 95).toFixed(1)} | ${Math.max(...contendedMs).toFixed(1)} |`);
    const detail = await ok<WishDetail>(cloud, 'demo-admin', 'wishes', 'get', { id: oneWish });
    say();
    say(`The contended wish ended \`${detail.status}\` with one claim holder (${won(contended)} success).`);
  } finally {
    await cloud.stop();
  }
  mkdirSync('test-artifacts', { recursive: true });
  writeFileSync(join('test-artifacts', 'bench.md'), `${lines.join('\n')}\n`);
}

main()
  .then(() => benchComplaints())
  .then(() => benchMeetings())
  .then(() => benchReports())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
