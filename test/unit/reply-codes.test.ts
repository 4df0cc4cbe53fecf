import { ERROR_CODES, ERROR_MESSAGES, isErrorCode } from '@contract/reply';
import { FALLBACK_ERROR_MESSAGE } from '@contract/error-codes';
import { toReply } from '../../src/services/cloud/reply';

describe('error codes and their messages', () => {
  test('every code has its message, and the table holds no code beyond the list', () => {
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...ERROR_CODES].sort());
    expect(ERROR_CODES.every((code) => ERROR_MESSAGES[code].length > 0)).toBe(true);
  });

  test('the client knows a code by the list alone', () => {
    expect(isErrorCode('MEETING_CHANGED')).toBe(true);
    expect(isErrorCode('__proto__')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode(42)).toBe(false);
  });
});

describe('the client reads a function reply', () => {
  test('a refusal keeps the code and the Chinese message the function sent', () => {
    const reply = toReply({ ok: false, error: { code: 'REGISTRATION_CLOSED', message: ERROR_MESSAGES.REGISTRATION_CLOSED, details: [] } });
    expect(reply).toEqual({ ok: false, error: { code: 'REGISTRATION_CLOSED', message: '报名已截止', details: [] } });
  });

  test('a refusal without a message says the general one; an unknown code or shape is INTERNAL', () => {
    expect(toReply({ ok: false, error: { code: 'BUSY' } })).toEqual({ ok: false, error: { code: 'BUSY', message: FALLBACK_ERROR_MESSAGE, details: undefined } });
    expect(toReply({ ok: false, error: { code: 'NO_SUCH_CODE', message: '？' } })).toEqual({ ok: false, error: { code: 'INTERNAL', message: FALLBACK_ERROR_MESSAGE } });
    expect(toReply('oops')).toEqual({ ok: false, error: { code: 'INTERNAL', message: FALLBACK_ERROR_MESSAGE } });
    expect(toReply({ ok: true, data: { id: 'm1' } })).toEqual({ ok: true, data: { id: 'm1' } });
  });
});
