/** The local stand-in for WeChat's text security check: a plain word list. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const DEFAULT_WORD_LIST = path.join(__dirname, 'banned-words.txt');

export function loadWordList(file: string = DEFAULT_WORD_LIST): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The first listed word the text contains, if any. */
export function findBannedWord(text: string, words: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return words.find((word) => lower.includes(word.toLowerCase()));
}
