import type { MeetingDoc, MeetingResult, RegistrationResult } from '../../../types/meeting';
import { meetingIdInput } from '../../../types/meeting';
import { defineAction } from '../../_shared/action';
import { AppError, isTransactionConflict } from '../../_shared/errors';
import { EVENTS, eventDocument } from '../../_shared/events';
import { unusedCheckInCode } from '../../_shared/meetings/check-in-code';
import { MEETINGS, changeMeeting, loadMeeting, meetingEventEntry, meetingFacts, sendMeetingMessages } from '../../_shared/meetings/meeting-store';
import { loadUser, toActor } from '../../_shared/users-repository';
import { canOnMeeting } from '../../../types/permissions-meetings';
import type { MeetingEvent } from '../../_shared/meetings/meeting-store';
import { database, inTransaction, readInTransaction } from '../../_shared/runtime';
import { loadForAction } from './load-for-action';

const closed = (meeting: MeetingDoc, now: Date) => !meeting.meeting || new Date(meeting.meeting.registrationClosesAt).getTime() <= now.getTime();

/** Why a registration did not land, read again: registered already, closed, or the topic moved on. */
async function registerRefusal(id: string, openid: string, now: Date): Promise<AppError | null> {
  const current = await loadMeeting(id);
  if (!current) return new AppError('MEETING_CHANGED');
  if (current.registrations.some((registration) => registration.openid === openid)) return new AppError('ALREADY_REGISTERED');
  if (current.status !== 'scheduled') return new AppError('MEETING_CHANGED');
  if (closed(current, now)) return new AppError('REGISTRATION_CLOSED');
  return null;
}

/**
 * 报名: a resident in scope while registration is open. One guarded update appends them to `registrations`:
 * within the capacity they are registered, beyond it on the waitlist, in the order the writes land.
 */
export const register = defineAction({
  input: meetingIdInput,
  access: { kind: 'member' },
  async run({ openid, actor, user }, input) {
    let meeting = await loadForAction(actor, input.id, 'register', 'NOT_IN_SCOPE');
    if (meeting.registrations.some((registration) => registration.openid === openid)) throw new AppError('ALREADY_REGISTERED');
    const now = new Date();
    if (closed(meeting, now)) throw new AppError('REGISTRATION_CLOSED');
    const _ = database().command;
    const capacity = meeting.meeting!.capacity;
    for (let round = 0; round < 3; round += 1) {
      const code = unusedCheckInCode(new Set(meeting.registrations.map((registration) => registration.code)));
      const entry = { openid, name: user.name ?? '', code, at: now };
      const guard = {
        _id: meeting._id,
        status: 'scheduled',
        'meeting.registrationClosesAt': _.gt(now),
        'registrations.openid': _.neq(openid),
        'registrations.code': _.neq(code),
      };
      const within = meeting.registeredTotal < capacity;
      for (const admitted of within ? [true, false] : [false]) {
        const won = await changeMeeting(
          {
            meeting,
            guard: { ...guard, registeredTotal: admitted ? _.lt(capacity) : _.gte(capacity) },
            action: admitted ? 'meeting.registered' : 'meeting.waitlisted',
            to: 'scheduled',
            actorOpenid: openid,
            actorLabel: '居民',
            changes: { registrations: _.push([entry]), registeredTotal: _.inc(1) },
          },
          now,
        );
        if (won) {
          const result: RegistrationResult = {
            id: meeting._id,
            status: 'scheduled',
            registration: { status: admitted ? 'registered' : 'waitlisted', waitlistPosition: null, code, checkedIn: false },
          };
          return result;
        }
      }
      const refusal = await registerRefusal(meeting._id, openid, now);
      if (refusal) throw refusal;
      // Only a code taken between the read and the write is left: draw again against the topic as it is now.
      meeting = (await loadMeeting(meeting._id))!;
    }
    throw new AppError('BUSY');
  },
});

const ATTEMPTS = 4;

interface Cancellation {
  meeting: MeetingDoc;
  promoted: string | null;
}

/**
 * 取消报名: ONE transaction — the topic read, the caller's entry moved to `cancelledRegistrations`, the count
 * down by one and the event added; when the caller held a place and someone waited, the first on the
 * waitlist now stands inside the capacity, is told so, and the promotion event is added in the same transaction.
 */
async function cancelOnce(id: string, openid: string, now: Date): Promise<Cancellation> {
  const db = database();
  const _ = db.command;
  return inTransaction(async (transaction) => {
    const meeting = await readInTransaction<MeetingDoc>(transaction, MEETINGS, id);
    if (!meeting) throw new AppError('NOT_FOUND');
    const index = meeting.registrations.findIndex((registration) => registration.openid === openid);
    if (index < 0) throw new AppError('REGISTRATION_NOT_FOUND');
    if (meeting.status !== 'scheduled') throw new AppError('INVALID_STATE');
    if (!meeting.meeting || new Date(meeting.meeting.registrationClosesAt).getTime() <= now.getTime()) throw new AppError('REGISTRATION_CLOSED');
    const capacity = meeting.meeting.capacity;
    const mine = meeting.registrations[index]!;
    const promoted = index < capacity && meeting.registrations.length > capacity ? meeting.registrations[capacity]! : null;
    const cancelled: MeetingEvent = { meeting, action: 'meeting.registration_cancelled', to: 'scheduled', actorOpenid: openid, actorLabel: '居民' };
    const events: MeetingEvent[] = [cancelled];
    if (promoted) {
      events.push({ meeting, action: 'meeting.waitlist_promoted', to: 'scheduled', actorOpenid: '', actorLabel: '系统', note: '候补转为正式报名', recipients: [promoted.openid] });
    }
    const remaining = meeting.registrations.filter((_registration, at) => at !== index);
    await transaction.collection(MEETINGS).doc(id).update({
      data: {
        registrations: _.set(remaining),
        registeredTotal: remaining.length,
        cancelledRegistrations: _.push([{ ...mine, cancelledAt: now }]),
        updatedAt: db.serverDate(),
      },
    });
    for (const event of events) {
      await transaction.collection(EVENTS).add({ data: { ...eventDocument(meetingEventEntry(event)), at: now } });
    }
    return { meeting, promoted: promoted?.openid ?? null };
  });
}

/**
 * Someone with no registration to cancel: a caller who cannot see the topic hears NOT_FOUND, as every other
 * action answers, so the refusal does not tell that it exists. Reads the caller on this refusal path only.
 */
async function unregisteredRefusal(openid: string, id: string): Promise<AppError> {
  const [user, meeting] = await Promise.all([loadUser(openid), loadMeeting(id)]);
  const sees = user !== null && meeting !== null && canOnMeeting(toActor(user), 'view', meetingFacts(meeting));
  return new AppError(sees ? 'REGISTRATION_NOT_FOUND' : 'NOT_FOUND');
}

export const cancelRegistration = defineAction({
  input: meetingIdInput,
  access: { kind: 'identified' },
  async run({ openid }, input) {
    const now = new Date();
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      let outcome: Cancellation;
      try {
        outcome = await cancelOnce(input.id, openid, now);
      } catch (error) {
        if (isTransactionConflict(error)) continue;
        if (error instanceof AppError && error.code === 'REGISTRATION_NOT_FOUND') throw await unregisteredRefusal(openid, input.id);
        throw error;
      }
      if (outcome.promoted) {
        await sendMeetingMessages({ meeting: outcome.meeting, action: 'meeting.waitlist_promoted', to: 'scheduled', actorOpenid: '', actorLabel: '系统', recipients: [outcome.promoted] });
      }
      const result: MeetingResult = { id: input.id, status: 'scheduled' };
      return result;
    }
    throw new AppError('BUSY');
  },
});
