/**
 * Runs the official toolchain on the built mini-program in a process of its own (miniprogram-ci forks
 * workers and watches files, and never lets its host exit) and prints one JSON line: the compiled files and
 * the code-quality items. A compile error goes to stderr with exit code 1.
 * Usage: `npx tsx test/weapp/support/official-check.ts`
 */
import { RESULT_MARK, type OfficialCheck } from './official-check-result';
import { codeQuality, compileOffline, offlineProject } from './official-compiler';

async function main(): Promise<void> {
  const compiled = await compileOffline(offlineProject());
  const quality = await codeQuality(offlineProject());
  const result: OfficialCheck = { compiledFiles: Object.keys(compiled).sort(), quality };
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`miniprogram-ci: ${error instanceof Error ? (error.stack ?? error.message) : JSON.stringify(error)}\n`);
    process.exit(1);
  },
);
