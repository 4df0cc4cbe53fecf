/**
 * How every length limit counts: in characters as a person counts them — Unicode code points, so '𠮷' and
 * '😀' are one character each (JavaScript's `.length` would count two UTF-16 units). The schemas, the
 * client's counters and the subscription-message cuts all count through these two functions.
 */
export function charCount(value: string): number {
  let count = 0;
  // for…of walks code points; a lone surrogate counts as one, like Array.from.
  for (const _ of value) count += 1;
  return count;
}

/** Whether `value` has at most `max` characters; a string within `max` UTF-16 units always is. */
export function fitsChars(value: string, max: number): boolean {
  return value.length <= max || charCount(value) <= max;
}

/** The first `max` characters of `value`, never splitting a surrogate pair. */
export function cutChars(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = '';
  let count = 0;
  for (const char of value) {
    if (count === max) break;
    cut += char;
    count += 1;
  }
  return cut;
}

/** The start of a text for a list line: spaces and line breaks as one space, at most `max` characters and …. */
export function excerptOf(value: string, max: number): string {
  const chars = Array.from(value.replace(/\s+/g, ' ').trim());
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}
