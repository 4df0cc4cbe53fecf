import { CHECK_IN_ALPHABET, CHECK_IN_CODE_LENGTH, DEFAULT_SECOND_THRESHOLDS, evaluationSummary, isCheckInCode, secondThresholds } from '../../types/meeting-labels';
import { checkInInput } from '../../types/meeting';
import { newCheckInCode, unusedCheckInCode } from '../../cloudfunctions/_shared/meetings/check-in-code';
import { thresholdsInForce } from '../../cloudfunctions/_shared/meetings/meeting-store';

describe('second thresholds', () => {
  afterEach(() => {
    delete process.env.MEETING_THRESHOLDS;
  });

  test('defaults by scope: building 3, grid 5, community 10', () => {
    expect(DEFAULT_SECOND_THRESHOLDS).toEqual({ building: 3, grid: 5, community: 10 });
    expect(secondThresholds(undefined)).toEqual(DEFAULT_SECOND_THRESHOLDS);
  });

  test('MEETING_THRESHOLDS overrides scope by scope; anything unreadable keeps the defaults', () => {
    expect(secondThresholds('{"building":2}')).toEqual({ building: 2, grid: 5, community: 10 });
    expect(secondThresholds('{"grid":7,"community":20}')).toEqual({ building: 3, grid: 7, community: 20 });
    for (const raw of ['', 'not json', '[1,2]', 'null', '{"building":0}', '{"building":-1}', '{"building":1.5}', '{"building":"4"}']) {
      expect(secondThresholds(raw)).toEqual(DEFAULT_SECOND_THRESHOLDS);
    }
  });

  test('the function reads the override from its environment', () => {
    process.env.MEETING_THRESHOLDS = '{"community":30}';
    expect(thresholdsInForce()).toEqual({ building: 3, grid: 5, community: 30 });
    delete process.env.MEETING_THRESHOLDS;
    expect(thresholdsInForce()).toEqual(DEFAULT_SECOND_THRESHOLDS);
  });
});

describe('check-in codes', () => {
  test('the alphabet has no look-alikes and no repeats', () => {
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) expect(CHECK_IN_ALPHABET).not.toContain(lookAlike);
    expect(new Set(CHECK_IN_ALPHABET).size).toBe(CHECK_IN_ALPHABET.length);
    expect(CHECK_IN_ALPHABET).toMatch(/^[A-Z2-9]+$/);
  });

  test('generated codes are 6 characters of the alphabet, and spread over it', () => {
    const seen = new Set<string>();
    for (let index = 0; index < 2000; index += 1) {
      const code = newCheckInCode();
      expect(code).toHaveLength(CHECK_IN_CODE_LENGTH);
      expect(isCheckInCode(code)).toBe(true);
      for (const char of code) seen.add(char);
    }
    expect(seen.size).toBe(CHECK_IN_ALPHABET.length);
  });

  test('a code already taken in the meeting is drawn again', () => {
    const draws = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
    const draw = () => draws.shift()!;
    expect(unusedCheckInCode(new Set(['AAAAAA']), draw)).toBe('BBBBBB');
  });

  test('the input takes a code as people type it, and refuses look-alikes', () => {
    expect(checkInInput.parse({ id: 'm1', code: ' abc 234 ' }).code).toBe('ABC234');
    expect(checkInInput.safeParse({ id: 'm1', code: 'ABC10O' }).success).toBe(false);
    expect(checkInInput.safeParse({ id: 'm1', code: 'ABC23' }).success).toBe(false);
  });
});

test('the evaluation summary counts ratings and the satisfaction rate', () => {
  expect(evaluationSummary([])).toEqual({ counts: { satisfied: 0, basically: 0, unsatisfied: 0 }, total: 0, satisfactionRate: null });
  expect(evaluationSummary(['satisfied', 'basically', 'unsatisfied', 'satisfied'])).toEqual({
    counts: { satisfied: 2, basically: 1, unsatisfied: 1 },
    total: 4,
    satisfactionRate: 0.75,
  });
});
