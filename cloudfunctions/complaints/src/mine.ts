import type { ComplaintDoc, ComplaintPage } from '../../../types/complaint';
import { mineComplaintsInput } from '../../../types/complaint';
import { defineAction } from '../../_shared/action';
import { COMPLAINTS } from '../../_shared/complaints/complaint-store';
import { readNewestFirst } from '../../_shared/cursor';
import { toCard } from './complaint-views';

/** 我的诉求: the cases the caller reported or filed for someone, newest first. */
export const mine = defineAction({
  input: mineComplaintsInput,
  access: { kind: 'registered' },
  async run({ openid }, input): Promise<ComplaintPage> {
    const page = await readNewestFirst<ComplaintDoc>(COMPLAINTS, { reporterSide: openid }, 'createdAt', input.cursor);
    return { items: page.items.map(toCard), nextCursor: page.nextCursor };
  },
});
