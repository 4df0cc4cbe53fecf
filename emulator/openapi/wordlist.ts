/**
 * The local stand-in for WeChat's text security check: a word list. Words under a `[review]` line are
 * ones WeChat would answer `suggest: 'review'` for (not sure); the others are `risky`.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const DEFAULT_WORD_LIST = path.join(__dirname, 'banned-words.txt');

/** How a review word is kept in the flat list the local cloud holds. */
const REVIEW_PREFIX = 'review:';

export function loadWordList(file: string = DEFAULT_WORD_LIST): string[] {
  const words: string[] = [];
  let section: 'risky' | 'review' = 'risky';
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line === '[risky]' || line === '[review]') section = line === '[review]' ? 'review' : 'risky';
    else words.push(section === 'review' ? `${REVIEW_PREFIX}${line}` : line);
  }
  return words;
}

export interface WordVerdict {
  suggest: 'pass' | 'review' | 'risky';
  word?: string;
}

/** Risky if the text holds a risky word, else review if it holds a review word, else pass. */
export function judgeText(text: string, words: readonly string[]): WordVerdict {
  const lower = text.toLowerCase();
  let review: string | undefined;
  for (const entry of words) {
    const isReview = entry.startsWith(REVIEW_PREFIX);
    const word = isReview ? entry.slice(REVIEW_PREFIX.length) : entry;
    if (!word || !lower.includes(word.toLowerCase())) continue;
    if (!isReview) return { suggest: 'risky', word };
    review ??= word;
  }
  return review ? { suggest: 'review', word: review } : { suggest: 'pass' };
}

/** The first risky word the text contains, if any. */
export function findBannedWord(text: string, words: readonly string[]): string | undefined {
  const verdict = judgeText(text, words);
  return verdict.suggest === 'risky' ? verdict.word : undefined;
}
