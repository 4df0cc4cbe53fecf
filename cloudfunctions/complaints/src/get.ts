import type { ComplaintDetail } from '../../../types/complaint';
import { complaintIdInput } from '../../../types/complaint';
import { canOnComplaint } from '../../../types/permissions-complaints';
import { defineAction } from '../../_shared/action';
import { complaintFacts, loadComplaint } from '../../_shared/complaints/complaint-store';
import { AppError } from '../../_shared/errors';
import { readTimeline } from '../../_shared/timeline';
import { toDetail } from './complaint-views';

/** One case with its timeline, as the caller may see it; NOT_FOUND for those who may not (never telling it exists). */
export const get = defineAction({
  input: complaintIdInput,
  access: { kind: 'registered' },
  async run({ actor }, input): Promise<ComplaintDetail> {
    const complaint = await loadComplaint(input.id);
    if (!complaint || !canOnComplaint(actor, 'view', complaintFacts(complaint))) throw new AppError('NOT_FOUND');
    return toDetail(complaint, actor, await readTimeline('complaint', complaint._id), new Date());
  },
});
