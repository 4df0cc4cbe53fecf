import { createWishInput } from '@contract/wish';
import { updateProfileInput } from '@contract/user';
import { charCount, cutChars, fitsChars } from '@contract/text';

describe('characters are counted as a person counts them (code points)', () => {
  test.each([
    ['心愿', 2],
    ['𠮷野家', 3], // '𠮷' (U+20BB7, CJK extension B) is two UTF-16 units
    ['😀😀', 2],
    ['a😀b', 3],
    ['\ud800', 1], // a lone surrogate counts once
    ['', 0],
  ])('%s has %d characters', (value, expected) => {
    expect(charCount(value)).toBe(expected);
  });

  test('fitsChars agrees with charCount on both sides of the limit', () => {
    expect(fitsChars('𠮷'.repeat(20), 20)).toBe(true);
    expect(fitsChars('𠮷'.repeat(21), 20)).toBe(false);
    expect(fitsChars('长'.repeat(20), 20)).toBe(true);
    expect(fitsChars('长'.repeat(21), 20)).toBe(false);
  });

  test('cutChars never splits a surrogate pair', () => {
    expect(cutChars('😀😀😀', 2)).toBe('😀😀');
    expect(cutChars('a𠮷b', 2)).toBe('a𠮷');
    expect(cutChars('短', 20)).toBe('短');
  });
});

describe('schemas limit characters, not UTF-16 units', () => {
  const wish = { title: '想要一个书包', story: '开学要用', category: '助学', beneficiaryType: '留守儿童', clientRequestId: 'abcdefgh' };

  test('a 30-character title of extension-B characters and emoji is accepted (60 UTF-16 units)', () => {
    const title = '𠮷😀'.repeat(15);
    expect(title.length).toBe(60);
    expect(createWishInput.safeParse({ ...wish, title }).success).toBe(true);
  });

  test('31 such characters are refused with the field and the limit in characters', () => {
    const result = createWishInput.safeParse({ ...wish, title: '𠮷'.repeat(31) });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['title', '心愿标题不能超过30个字']]);
  });

  test('a 20-character name of emoji is a valid name; 21 are not', () => {
    expect(updateProfileInput.safeParse({ name: '😀'.repeat(20) }).success).toBe(true);
    expect(updateProfileInput.safeParse({ name: '😀'.repeat(21) }).success).toBe(false);
  });

  test('the limit applies after trimming', () => {
    expect(updateProfileInput.safeParse({ name: `  ${'𠮷'.repeat(20)}  ` }).success).toBe(true);
  });
});
