import { CHECK_IN_ALPHABET, CHECK_IN_CODE_LENGTH } from '@contract/meeting-labels';

/** What is typed or scanned → a code as the server reads it: upper case, only the alphabet's characters, at most 6. */
export function normaliseCheckInCode(raw: string): string {
  return [...raw.toUpperCase()].filter((char) => CHECK_IN_ALPHABET.includes(char)).slice(0, CHECK_IN_CODE_LENGTH).join('');
}
