import type {
  EvaluateInput,
  ListMeetingsInput,
  MeetingDetail,
  MeetingPage,
  MeetingResult,
  ProposeInput,
  RegistrationResult,
} from '@contract/meeting';
import type { Reply } from '@contract/reply';
import { callAction } from './cloud';

/** What a resident does with a topic (the meetings function); staff steps live in meeting-admin.ts. Types only from types/meeting.ts. */
const FN = 'meetings';

type Result = Promise<Reply<MeetingResult>>;

export const proposeMeeting = (input: ProposeInput): Promise<Reply<MeetingDetail>> => callAction(FN, 'propose', input);
export const listMeetings = (input: ListMeetingsInput = {}): Promise<Reply<MeetingPage>> => callAction(FN, 'list', input);
export const myMeetings = (cursor?: string): Promise<Reply<MeetingPage>> => callAction(FN, 'mine', cursor ? { cursor } : {});
export const getMeeting = (id: string): Promise<Reply<MeetingDetail>> => callAction(FN, 'get', { id });
export const secondMeeting = (id: string): Result => callAction(FN, 'second', { id });
export const registerForMeeting = (id: string): Promise<Reply<RegistrationResult>> => callAction(FN, 'register', { id });
export const cancelMeetingRegistration = (id: string): Result => callAction(FN, 'cancelRegistration', { id });
export const evaluateMeeting = (input: EvaluateInput): Result => callAction(FN, 'evaluate', input);
export const withdrawMeeting = (id: string): Result => callAction(FN, 'withdraw', { id });
