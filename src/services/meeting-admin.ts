import type { z } from 'zod';
import type {
  CheckInResult,
  DecideInput,
  GridReviewInput,
  ListMeetingsInput,
  MeetingDetail,
  MeetingPage,
  MeetingResult,
  openEvaluationInput,
  progressInput,
  RecordInput,
} from '@contract/meeting';
import type { Reply } from '@contract/reply';
import { callAction } from './cloud';

/** What staff do with a topic (the meetings function's admin actions); the resident's calls live apart. */
const FN = 'meetings';

type Result = Promise<Reply<MeetingResult>>;

export const listMeetingsForStaff = (input: ListMeetingsInput = {}): Promise<Reply<MeetingPage>> => callAction(FN, 'list', input);
export const getMeetingForStaff = (id: string): Promise<Reply<MeetingDetail>> => callAction(FN, 'get', { id });

export const gridReviewMeeting = (input: GridReviewInput): Result => callAction(FN, 'gridReview', input);
export const decideMeeting = (input: DecideInput): Result => callAction(FN, 'decide', input);
export const checkInMeeting = (id: string, code: string): Promise<Reply<CheckInResult>> => callAction(FN, 'checkIn', { id, code });
export const recordMeeting = (input: RecordInput): Result => callAction(FN, 'record', input);
export const reportMeetingProgress = (input: z.input<typeof progressInput>): Result => callAction(FN, 'progress', input);
export const openMeetingEvaluation = (input: z.input<typeof openEvaluationInput>): Result => callAction(FN, 'openEvaluation', input);
