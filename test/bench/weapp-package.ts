/**
 * How big the built mini-program's packages are, counted as WeChat counts them: the main package is every
 * file under dist/weapp outside the roots of app.json's `subPackages`; each subpackage is everything under
 * its root. Used by the client benchmark and by the official-toolchain test (test/weapp/miniprogram-ci.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const WEAPP_DIST = join(__dirname, '..', '..', 'dist', 'weapp');

/** The ceiling the main package is held to: 455 KiB, 1.3× an empty three-tab Taro shell (350 KiB). */
export const MAIN_PACKAGE_LIMIT_BYTES = 455 * 1024;

export interface PackageSizes {
  /** Bytes of every file outside the subpackage roots. */
  main: number;
  /** Bytes under each subpackage root, keyed by the root as app.json names it. */
  subPackages: Record<string, number>;
}

interface AppJson {
  subPackages?: { root: string }[];
  subpackages?: { root: string }[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The subpackage roots app.json declares, without trailing slashes. */
export function subPackageRoots(dist = WEAPP_DIST): string[] {
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as AppJson;
  return (app.subPackages ?? app.subpackages ?? []).map((entry) => entry.root.replace(/\/+$/, ''));
}

export function packageSizes(dist = WEAPP_DIST): PackageSizes {
  const roots = subPackageRoots(dist);
  const subPackages: Record<string, number> = Object.fromEntries(roots.map((root) => [root, 0]));
  let main = 0;
  for (const file of filesUnder(dist)) {
    const path = relative(dist, file).split(sep).join('/');
    const size = statSync(file).size;
    const root = roots.find((candidate) => path === candidate || path.startsWith(`${candidate}/`));
    if (root) subPackages[root] += size;
    else main += size;
  }
  return { main, subPackages };
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
