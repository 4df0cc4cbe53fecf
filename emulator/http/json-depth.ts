/**
 * How deeply a JSON text nests, counted without parsing (and without recursion), so that a hostile
 * payload is refused before anything walks it recursively: JSON.stringify, structured clone, the SDK.
 */

/** MongoDB's (and so CloudBase's) limit for a document's nesting; generous for a function's data. */
export const MAX_JSON_DEPTH = 100;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/** Whether `text` (a string, or UTF-8 bytes) opens more than `limit` nested objects/arrays. */
export function nestsDeeperThan(text: string | Buffer, limit = MAX_JSON_DEPTH): boolean {
  const at = typeof text === 'string' ? (i: number) => text.charCodeAt(i) : (i: number) => text[i];
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = at(i);
    if (inString) {
      if (code === BACKSLASH) i += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return false;
}

export function tooDeepMessage(what: string, limit = MAX_JSON_DEPTH): string {
  return `${what} is nested more than ${limit} levels deep`;
}
