import type { Actor } from '../../../types/actor';
import { identityOnly } from '../../../types/actor';
import type { MeetingDoc, MeetingPage } from '../../../types/meeting';
import { listMeetingsInput, mineMeetingsInput } from '../../../types/meeting';
import { isMeetingStaffOf } from '../../../types/permissions-meetings';
import { defineAction } from '../../_shared/action';
import { readNewestFirst } from '../../_shared/cursor';
import { AppError } from '../../_shared/errors';
import { MEETINGS } from '../../_shared/meetings/meeting-store';
import { database } from '../../_shared/runtime';
import { toCard } from './meeting-views';

/** What the caller may see of their community: staff all of it; residents the community's topics and their building's. */
function visibleTo(actor: Actor): Record<string, unknown> {
  const communityId = actor.communityId;
  if (!communityId) throw new AppError('PROFILE_INCOMPLETE');
  if (isMeetingStaffOf(actor, { communityId })) return { communityId };
  const visible = [`community:${communityId}`];
  if (actor.buildingId) visible.push(`building:${actor.buildingId}`);
  return { communityId, visibility: database().command.in(visible) };
}

/** 议事: the topics of the caller's community they may see, newest first, 20 a page. */
export const list = defineAction({
  input: listMeetingsInput,
  access: { kind: 'member' },
  async run({ actor }, input) {
    const filter = visibleTo(actor);
    if (input.status) filter.status = input.status;
    if (input.scope) filter.scope = input.scope;
    const page = await readNewestFirst<MeetingDoc>(MEETINGS, filter, 'proposedAt', input.cursor);
    const result: MeetingPage = { items: page.items.map((meeting) => toCard(meeting, actor)), nextCursor: page.nextCursor };
    return result;
  },
});

/** 我的提议: the topics the caller proposed, newest first. */
export const mine = defineAction({
  input: mineMeetingsInput,
  access: { kind: 'identified' },
  async run({ openid }, input) {
    const page = await readNewestFirst<MeetingDoc>(MEETINGS, { 'proposer.openid': openid }, 'proposedAt', input.cursor);
    const self = identityOnly(openid);
    const result: MeetingPage = { items: page.items.map((meeting) => toCard(meeting, self)), nextCursor: page.nextCursor };
    return result;
  },
});
