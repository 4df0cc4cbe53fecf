import { randomInt } from 'node:crypto';
import { CHECK_IN_ALPHABET, CHECK_IN_CODE_LENGTH } from '../../../types/meeting';

/** A fresh check-in code: CHECK_IN_CODE_LENGTH characters drawn uniformly from CHECK_IN_ALPHABET. */
export function newCheckInCode(draw: (max: number) => number = randomInt): string {
  let code = '';
  for (let index = 0; index < CHECK_IN_CODE_LENGTH; index += 1) code += CHECK_IN_ALPHABET[draw(CHECK_IN_ALPHABET.length)];
  return code;
}

/** A code no registration of the meeting holds yet (the register guard still refuses a collision that slips in between). */
export function unusedCheckInCode(taken: ReadonlySet<string>, draw?: (max: number) => number): string {
  for (;;) {
    const code = newCheckInCode(draw);
    if (!taken.has(code)) return code;
  }
}
