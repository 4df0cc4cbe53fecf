/**
 * Bundles each function's TypeScript into `cloudfunctions/<name>/index.js`, the file WeChat uploads.
 * Shared server code and the types are bundled in; wx-server-sdk stays external (installed on deploy).
 */
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = __dirname;

export function functionNames(): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'src', 'index.ts')))
    .map((entry) => entry.name);
}

async function buildAll(): Promise<void> {
  const names = functionNames();
  await Promise.all(
    names.map((name) =>
      build({
        entryPoints: [join(root, name, 'src', 'index.ts')],
        outfile: join(root, name, 'index.js'),
        bundle: true,
        platform: 'node',
        target: 'node16',
        format: 'cjs',
        external: ['wx-server-sdk'],
        sourcemap: false,
        legalComments: 'none',
        logLevel: 'warning',
      }),
    ),
  );
  console.log(`built ${names.length} cloud functions: ${names.join(', ')}`);
}

buildAll().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
