import type { ComplaintDoc, ComplaintPage, ComplaintStatus } from '../../../types/complaint';
import { listComplaintsInput } from '../../../types/complaint';
import { defineAction } from '../../_shared/action';
import { COMPLAINTS } from '../../_shared/complaints/complaint-store';
import { readNewestFirst } from '../../_shared/cursor';
import { database } from '../../_shared/runtime';
import { toCard } from './complaint-views';

/** Cases the wall leaves out unless asked for by status. */
const OFF_THE_WALL: readonly ComplaintStatus[] = ['withdrawn', 'merged', 'rejected'];

/** The community's public wall: public cases only (not anonymous, not private, not a private category), newest first. */
export const list = defineAction({
  input: listComplaintsInput,
  access: { kind: 'member' },
  async run({ actor }, input): Promise<ComplaintPage> {
    const _ = database().command;
    const filter: Record<string, unknown> = {
      communityId: actor.communityId,
      public: true,
      ...(input.category ? { category: input.category } : {}),
      status: input.status ?? _.nin([...OFF_THE_WALL]),
    };
    const page = await readNewestFirst<ComplaintDoc>(COMPLAINTS, filter, 'createdAt', input.cursor);
    return { items: page.items.map(toCard), nextCursor: page.nextCursor };
  },
});
