import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

// The client rules that can be read off the source (docs/ARCHITECTURE.md, "Rules every page follows").
const SRC = join(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sources(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

describe('client rules in the source', () => {
  it('the files are found', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('every toast goes through src/ui/toast.ts (one toast at a time, in the page, larger in 长辈模式)', () => {
    const direct = files.filter((file) => file.path !== join('ui', 'toast.ts') && /Taro\.(showToast|showModal)\(/.test(file.text));
    expect(direct.map((file) => file.path)).toEqual([]);
  });

  it('no toast says a generic 操作成功 instead of what happened', () => {
    const generic = files.filter((file) => /show(Success|Info)\(\s*['"`](操作成功|成功|提交成功)['"`]/.test(file.text));
    expect(generic.map((file) => file.path)).toEqual([]);
  });

  it('nothing reaches the transport but the cloud seam (every call has its timeout)', () => {
    const outside = files.filter(
      (file) => !file.path.startsWith(join('services', 'cloud')) && /Taro\.cloud\.|\/__cloud|\bfetch\(/.test(file.text),
    );
    expect(outside.map((file) => file.path)).toEqual([]);
  });
});
