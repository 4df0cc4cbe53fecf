import {
  acceptDueFrom,
  addWorkingDays,
  complaintLimits,
  isWorkingDay,
  lateEscalationAt,
  longestExtensionFrom,
  resolveDueFrom,
} from '../../cloudfunctions/_shared/complaints/due-times';
import { inCommunityTime } from '../../cloudfunctions/_shared/clock';
import { DEFAULT_COMPLAINT_LIMITS } from '../../types/complaint-sla';

/**
 * Every expected time below is worked out by hand from the 2026 list in types/holidays.ts:
 * Sep 19 Sat off, Sep 20 Sun worked (调休), Sep 25–27 off (中秋), Oct 1–7 off (国庆), Oct 10 Sat worked (调休).
 */
const at = (iso: string) => new Date(iso);

afterEach(() => {
  delete process.env.COMPLAINT_LIMITS;
});

describe('working days in Asia/Shanghai', () => {
  test.each([
    ['2026-09-18T12:00:00+08:00', true], // Friday
    ['2026-09-19T12:00:00+08:00', false], // Saturday
    ['2026-09-20T12:00:00+08:00', true], // Sunday worked instead (调休)
    ['2026-09-25T12:00:00+08:00', false], // Friday, 中秋
    ['2026-10-07T12:00:00+08:00', false], // Wednesday, 国庆
    ['2026-10-10T12:00:00+08:00', true], // Saturday worked instead (调休)
    ['2026-10-11T12:00:00+08:00', false], // Sunday
  ])('%s is a working day: %s', (iso, working) => {
    expect(isWorkingDay(inCommunityTime(iso))).toBe(working);
  });

  test('the day is the Shanghai day, not the UTC one', () => {
    // Friday 16:30 UTC is Saturday 00:30 in Shanghai.
    expect(isWorkingDay(inCommunityTime('2026-09-18T16:30:00Z'))).toBe(false);
    // Sunday 23:00 UTC is Monday 07:00 in Shanghai.
    expect(isWorkingDay(inCommunityTime('2026-09-13T23:00:00Z'))).toBe(true);
  });
});

describe('办结 of a normal case: 7 working days', () => {
  test('filed Friday 23:30 Shanghai time, across a 调休 Sunday and 中秋', () => {
    // Counted: Sep 20 (Sun, worked), 21, 22, 23, 24, then 25–27 off, 28, 29 → Tue Sep 29, 23:30 Shanghai.
    const due = resolveDueFrom(at('2026-09-18T23:30:00+08:00'), 'normal');
    expect(due.toISOString()).toBe('2026-09-29T15:30:00.000Z');
  });

  test('started Monday, across 国庆 and the 调休 Saturday after it', () => {
    // Sep 29, 30, then Oct 1–7 off, Oct 8, 9, 10 (Sat, worked), 11 off, 12, 13 → Tue Oct 13, 10:00 Shanghai.
    const due = resolveDueFrom(at('2026-09-28T10:00:00+08:00'), 'normal');
    expect(due.toISOString()).toBe('2026-10-13T02:00:00.000Z');
  });

  test('a moment that is Saturday in Shanghai but still Friday in UTC counts from the next working day', () => {
    // Fri 16:30 UTC = Sat Sep 19 00:30 Shanghai, a day off: counting starts Sun Sep 20 00:00 (worked).
    // Full working days Sep 20, 21, 22, 23, 24, 28, 29 → due Wed Sep 30 00:00 Shanghai = Sep 29 16:00 UTC.
    const due = resolveDueFrom(at('2026-09-18T16:30:00Z'), 'normal');
    expect(due.toISOString()).toBe('2026-09-29T16:00:00.000Z');
    // Counted in UTC it would have started on a Friday and ended at 16:30 on some day: it does not.
    expect(due.getUTCMinutes()).toBe(0);
  });

  test('a moment that is Monday in Shanghai but Sunday in UTC counts from that Monday', () => {
    // Sun Sep 13 23:00 UTC = Mon Sep 14 07:00 Shanghai; one working day later is Tue Sep 15 07:00 Shanghai.
    expect(addWorkingDays(at('2026-09-13T23:00:00Z'), 1).toISOString()).toBe('2026-09-14T23:00:00.000Z');
  });

  test('filed on a public holiday: counting starts at the beginning of the first working day after it', () => {
    // Thu Oct 1 (国庆) → starts Thu Oct 8 00:00; full days Oct 8, 9, 10, 12, 13, 14, 15 → Fri Oct 16 00:00 Shanghai.
    const due = resolveDueFrom(at('2026-10-01T10:00:00+08:00'), 'normal');
    expect(due.toISOString()).toBe('2026-10-15T16:00:00.000Z');
  });

  test('filed on an ordinary Saturday: due at the end of a working day', () => {
    // Sat Oct 17 → starts Mon Oct 19 00:00; one working day → Tue Oct 20 00:00 Shanghai.
    expect(addWorkingDays(at('2026-10-17T15:00:00+08:00'), 1).toISOString()).toBe('2026-10-19T16:00:00.000Z');
  });

  test('a year without a holiday list counts weekends only', () => {
    // Fri 2030-01-04 09:00 → Mon 7 (1), Tue 8 (2) … Fri 11 (5), Mon 14 (6), Tue 15 (7), 09:00 Shanghai.
    expect(addWorkingDays(at('2030-01-04T09:00:00+08:00'), 7).toISOString()).toBe('2030-01-15T01:00:00.000Z');
  });
});

describe('minute limits of emergency and urgent cases, and the 签收 limits', () => {
  const filed = at('2026-09-18T23:30:00+08:00'); // 15:30 UTC

  test('签收: 30 min (特急), 2 h (紧急), 24 h (一般), on the clock, weekends included', () => {
    expect(acceptDueFrom(filed, 'emergency').toISOString()).toBe('2026-09-18T16:00:00.000Z');
    expect(acceptDueFrom(filed, 'urgent').toISOString()).toBe('2026-09-18T17:30:00.000Z');
    expect(acceptDueFrom(filed, 'normal').toISOString()).toBe('2026-09-19T15:30:00.000Z');
  });

  test('办结: 2 h (特急), 24 h (紧急), on the clock across the holiday', () => {
    const accepted = at('2026-09-25T09:00:00+08:00'); // 中秋, 01:00 UTC
    expect(resolveDueFrom(accepted, 'emergency').toISOString()).toBe('2026-09-25T03:00:00.000Z');
    expect(resolveDueFrom(accepted, 'urgent').toISOString()).toBe('2026-09-26T01:00:00.000Z');
  });
});

describe('the 15-working-day cap of an extension, and the escalation one working day past 办结', () => {
  test('longest extension: 15 working days from acceptance, across 中秋, 国庆 and both 调休 days', () => {
    // From Fri Sep 18 23:30: Sep 20, 21, 22, 23, 24, 28, 29, 30 (8), Oct 8, 9, 10 (Sat), 12, 13, 14, 15 (15) → Thu Oct 15 23:30.
    expect(longestExtensionFrom(at('2026-09-18T23:30:00+08:00')).toISOString()).toBe('2026-10-15T15:30:00.000Z');
  });

  test('one working day past 办结 skips the days off', () => {
    // Tue Sep 29 23:30 → Wed Sep 30 23:30.
    expect(lateEscalationAt(at('2026-09-29T23:30:00+08:00')).toISOString()).toBe('2026-09-30T15:30:00.000Z');
    // Thu Sep 24 10:00 → Fri 25 to Sun 27 off → Mon Sep 28 10:00.
    expect(lateEscalationAt(at('2026-09-24T10:00:00+08:00')).toISOString()).toBe('2026-09-28T02:00:00.000Z');
    // Wed Sep 30 10:00 → Oct 1–7 off → Thu Oct 8 10:00.
    expect(lateEscalationAt(at('2026-09-30T10:00:00+08:00')).toISOString()).toBe('2026-10-08T02:00:00.000Z');
    // Fri Oct 9 18:00 → Sat Oct 10 is worked → Sat Oct 10 18:00.
    expect(lateEscalationAt(at('2026-10-09T18:00:00+08:00')).toISOString()).toBe('2026-10-10T10:00:00.000Z');
  });
});

describe('COMPLAINT_LIMITS, the deployment overrides', () => {
  test('unset: the defaults', () => {
    expect(complaintLimits()).toEqual(DEFAULT_COMPLAINT_LIMITS);
    expect(complaintLimits().resolve.normal).toEqual({ workingDays: 7 });
    expect(complaintLimits().accept.emergency).toEqual({ minutes: 30 });
  });

  test('valid entries replace their defaults, the rest stay', () => {
    process.env.COMPLAINT_LIMITS = JSON.stringify({
      accept: { emergency: { minutes: 15 } },
      resolve: { normal: { workingDays: 5 }, urgent: { minutes: 480 } },
      complexResolve: { workingDays: 20 },
      lateEscalation: { minutes: 60 },
    });
    const limits = complaintLimits();
    expect(limits.accept).toEqual({ emergency: { minutes: 15 }, urgent: { minutes: 120 }, normal: { minutes: 1440 } });
    expect(limits.resolve).toEqual({ emergency: { minutes: 120 }, urgent: { minutes: 480 }, normal: { workingDays: 5 } });
    expect(limits.complexResolve).toEqual({ workingDays: 20 });
    expect(limits.lateEscalation).toEqual({ minutes: 60 });

    const filed = at('2026-09-18T23:30:00+08:00');
    // The calculator reads the override: 15 min to 签收 an emergency, 5 working days (Sep 20, 21, 22, 23, 24) to 办结.
    expect(acceptDueFrom(filed, 'emergency').toISOString()).toBe('2026-09-18T15:45:00.000Z');
    expect(resolveDueFrom(filed, 'normal').toISOString()).toBe('2026-09-24T15:30:00.000Z');
    expect(lateEscalationAt(filed).toISOString()).toBe('2026-09-18T16:30:00.000Z');
    // The defaults did not change with it.
    expect(DEFAULT_COMPLAINT_LIMITS.accept.emergency).toEqual({ minutes: 30 });
  });

  test.each([
    ['not JSON', '{accept: 15'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a string', '"fast"'],
  ])('%s: the defaults', (_label, raw) => {
    process.env.COMPLAINT_LIMITS = raw;
    expect(complaintLimits()).toEqual(DEFAULT_COMPLAINT_LIMITS);
  });

  test('invalid entries are ignored one by one, valid ones beside them still apply', () => {
    process.env.COMPLAINT_LIMITS = JSON.stringify({
      accept: { emergency: { minutes: -5 }, urgent: { minutes: 1.5 }, normal: { minutes: 10, workingDays: 1 } },
      resolve: { normal: { days: 3 }, emergency: '2h', urgent: { minutes: 90 } },
      complexResolve: { workingDays: 0 },
      lateEscalation: null,
      unknown: { minutes: 1 },
    });
    const limits = complaintLimits();
    expect(limits.accept).toEqual(DEFAULT_COMPLAINT_LIMITS.accept);
    expect(limits.resolve).toEqual({ ...DEFAULT_COMPLAINT_LIMITS.resolve, urgent: { minutes: 90 } });
    expect(limits.complexResolve).toEqual({ workingDays: 15 });
    expect(limits.lateEscalation).toEqual({ workingDays: 1 });
  });

  test('an extension cap set by the deployment', () => {
    process.env.COMPLAINT_LIMITS = JSON.stringify({ complexResolve: { workingDays: 3 } });
    // Fri Sep 18 23:30 → Sep 20, 21, 22 → Tue Sep 22 23:30.
    expect(longestExtensionFrom(at('2026-09-18T23:30:00+08:00')).toISOString()).toBe('2026-09-22T15:30:00.000Z');
  });
});
