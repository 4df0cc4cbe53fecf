import type { Reply } from '@contract/reply';
import type {
  ComplaintCard,
  ComplaintDetail,
  ComplaintPage,
  ComplaintResult,
  CreateComplaintInput,
  ListComplaintsInput,
  SimilarComplaintsInput,
} from '@contract/complaint';
import { callAction } from './cloud';

// Types only from types/complaint.ts: its schemas (zod) stay out of the pages' bundles.
const FN = 'complaints';

export interface RateComplaintInput {
  id: string;
  rating: number;
  comment?: string;
}

export const createComplaint = (input: CreateComplaintInput): Promise<Reply<ComplaintDetail>> => callAction(FN, 'create', input);
export const similarComplaints = (input: SimilarComplaintsInput): Promise<Reply<ComplaintCard[]>> =>
  callAction(FN, 'similar', input);
export const supportComplaint = (id: string): Promise<Reply<ComplaintResult>> => callAction(FN, 'support', { id });
export const listComplaints = (input: ListComplaintsInput = {}): Promise<Reply<ComplaintPage>> => callAction(FN, 'list', input);
export const myComplaints = (cursor?: string): Promise<Reply<ComplaintPage>> => callAction(FN, 'mine', cursor ? { cursor } : {});
export const getComplaint = (id: string): Promise<Reply<ComplaintDetail>> => callAction(FN, 'get', { id });
export const rateComplaint = (input: RateComplaintInput): Promise<Reply<ComplaintResult>> => callAction(FN, 'rate', input);
export const reopenComplaint = (id: string, reason: string): Promise<Reply<ComplaintResult>> =>
  callAction(FN, 'reopen', { id, reason });
export const withdrawComplaint = (id: string): Promise<Reply<ComplaintResult>> => callAction(FN, 'withdraw', { id });
