import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', 'dist');

function scriptsUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return scriptsUnder(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

function bundleText(build: 'weapp' | 'h5'): string {
  return scriptsUnder(join(root, build))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

/** The local cloud's bridge is for the browser build only: the mini-program talks to CloudBase alone. */
describe('the dev bridge stays out of the mini-program', () => {
  const markers = ['/__cloud', 'x-wx-openid'];

  const h5 = bundleText('h5');
  const weapp = bundleText('weapp');

  test.each(markers)('the h5 build uses %s', (marker) => {
    expect(h5.includes(marker)).toBe(true);
  });

  test.each(markers)('the weapp build never mentions %s', (marker) => {
    expect(weapp.includes(marker)).toBe(false);
  });
});
