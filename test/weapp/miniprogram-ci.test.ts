/**
 * @jest-environment node
 */
// The official WeChat toolchain judges the built mini-program (npm run build:weapp first): it must compile
// as an upload would, and pass every item of the code-quality check DevTools shows before an upload.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MAIN_PACKAGE_LIMIT_BYTES, kib, packageSizes } from '../bench/weapp-package';
import { RESULT_MARK, type OfficialCheck } from './support/official-check-result';

jest.setTimeout(240_000);

const ROOT = join(__dirname, '..', '..');

/** miniprogram-ci runs in a child process: it forks workers and watches files that would keep Jest alive. */
async function runOfficialCheck(): Promise<OfficialCheck> {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const { stdout } = await promisify(execFile)(tsx, [join(__dirname, 'support', 'official-check.ts')], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 200_000,
  });
  const line = stdout.split('\n').find((candidate) => candidate.startsWith(RESULT_MARK));
  if (!line) throw new Error(`miniprogram-ci printed no result:\n${stdout.slice(-2000)}`);
  return JSON.parse(line.slice(RESULT_MARK.length)) as OfficialCheck;
}

describe('miniprogram-ci on dist/weapp', () => {
  let check: OfficialCheck;

  // A compile error rejects here (exit code 1, the compiler's message in the error), failing every test.
  beforeAll(async () => {
    check = await runOfficialCheck();
  });

  it('compiles the build as an upload would, every page included', () => {
    const sizes = packageSizes();
    expect(Object.keys(sizes.subPackages).length).toBeGreaterThan(0);
    const appJson = require(join(ROOT, 'dist', 'weapp', 'app.json')) as {
      pages: string[];
      subPackages: { root: string; pages: string[] }[];
    };
    const pages = [...appJson.pages, ...appJson.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))];
    for (const page of pages) {
      expect(check.compiledFiles).toContain(`${page}.js`);
      expect(check.compiledFiles).toContain(`${page}.wxml`);
    }
  });

  it('passes every item of the code-quality check', () => {
    expect(check.quality.length).toBeGreaterThanOrEqual(11);
    const failing = check.quality.filter((item) => !item.success).map((item) => `${item.name}: ${item.text}`);
    expect(failing).toEqual([]);
  });

  it(`keeps the main package within ${kib(MAIN_PACKAGE_LIMIT_BYTES)}, by our count and by the toolchain's`, () => {
    const sizes = packageSizes();
    expect(sizes.main).toBeLessThanOrEqual(MAIN_PACKAGE_LIMIT_BYTES);
    const sizeItem = check.quality.find((item) => item.name === 'PACKAGE_SIZE_LIMIT');
    const counted = (sizeItem?.detail ?? {}) as Record<string, number>;
    expect(counted.__APP__).toBeGreaterThan(0);
    expect(counted.__APP__).toBeLessThanOrEqual(MAIN_PACKAGE_LIMIT_BYTES);
  });
});
