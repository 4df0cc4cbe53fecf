import type { z } from 'zod';
import type {
  ComplaintPage,
  ComplaintResult,
  DepartmentView,
  dispatchInput,
  followUpInput,
  mergeInput,
  QueueCard,
  QueueInput,
  reasonInput,
  rejectInput,
  RequestExtensionInput,
  resultInput,
  reviewExtensionInput,
  summonInput,
} from '@contract/complaint';
import type { Reply } from '@contract/reply';
import { callAction } from './cloud';

/** What staff do with a case (the complaints function's handling actions); the resident's calls live apart. */
const FN = 'complaints';

type Result = Promise<Reply<ComplaintResult>>;
type ReasonInput = z.input<typeof reasonInput>;
type ResultInput = z.input<typeof resultInput>;

export const complaintQueue = (input: QueueInput = {}): Promise<Reply<ComplaintPage<QueueCard>>> => callAction(FN, 'queue', input);
export const complaintDepartments = (): Promise<Reply<DepartmentView[]>> => callAction(FN, 'departments');

export const acceptComplaint = (id: string): Result => callAction(FN, 'accept', { id });
export const dispatchComplaint = (input: z.input<typeof dispatchInput>): Result => callAction(FN, 'dispatch', input);
export const returnToCommunity = (input: ReasonInput): Result => callAction(FN, 'returnToCommunity', input);
export const requestExtension = (input: RequestExtensionInput): Result => callAction(FN, 'requestExtension', input);
export const reviewExtension = (input: z.input<typeof reviewExtensionInput>): Result => callAction(FN, 'reviewExtension', input);
export const escalateComplaint = (input: ReasonInput): Result => callAction(FN, 'escalate', input);
export const summonDepartments = (input: z.input<typeof summonInput>): Result => callAction(FN, 'summon', input);
export const acknowledgeSummons = (id: string): Result => callAction(FN, 'acknowledge', { id });
export const reportBack = (input: ResultInput): Result => callAction(FN, 'reportBack', input);
export const resolveComplaint = (input: ResultInput): Result => callAction(FN, 'resolve', input);
export const followUpComplaint = (input: z.input<typeof followUpInput>): Result => callAction(FN, 'followUp', input);
export const mergeComplaint = (input: z.input<typeof mergeInput>): Result => callAction(FN, 'merge', input);
export const rejectComplaint = (input: z.input<typeof rejectInput>): Result => callAction(FN, 'reject', input);
