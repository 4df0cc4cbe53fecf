import type { Actor } from '../../../types/actor';
import type { ComplaintDoc, ComplaintPage, QueueCard, QueueInput } from '../../../types/complaint';
import { queueInput } from '../../../types/complaint';
import { isStaff } from '../../../types/roles';
import { defineAction } from '../../_shared/action';
import { COMPLAINTS } from '../../_shared/complaints/complaint-store';
import { readSoonestFirst } from '../../_shared/cursor';
import { AppError } from '../../_shared/errors';
import type { Database } from '../../_shared/runtime';
import { database } from '../../_shared/runtime';
import { toQueueCard } from './complaint-views';

/** The summon status the tabs 待报到 and 待反馈 wait on. */
const SUMMON_WAITING = { acknowledge: 'summoned', report: 'acknowledged' } as const;

const summonWaitingOf = (input: QueueInput) =>
  input.waiting === 'acknowledge' || input.waiting === 'report' ? SUMMON_WAITING[input.waiting] : null;

/**
 * The cases the caller's queue covers: a street admin's street level (or, read-only, one community of the
 * street), a community admin's community, a grid worker's or building leader's grid, a liaison's summons
 * (by the summon's state on 待报到 / 待反馈; anyone else's 待报到 / 待反馈 is any summon in that state).
 */
function scopeOf(db: Database, actor: Actor, input: QueueInput): Record<string, unknown> {
  const summonStatus = summonWaitingOf(input);
  const bySummon = summonStatus ? { 'summons.status': summonStatus } : {};
  if (actor.roles.includes('street_admin') && actor.streetId) {
    // A community of another street matches nothing: no read needed to refuse it.
    if (input.communityId) return { communityId: input.communityId, streetId: actor.streetId, ...bySummon };
    return { streetId: actor.streetId, level: 'street', ...bySummon };
  }
  if (input.communityId && input.communityId !== actor.communityId) throw new AppError('FORBIDDEN');
  if (actor.roles.includes('community_admin') && actor.communityId) return { communityId: actor.communityId, ...bySummon };
  if ((actor.roles.includes('grid_worker') || actor.roles.includes('building_leader')) && actor.gridId) return { gridId: actor.gridId, ...bySummon };
  if (actor.roles.includes('department_liaison') && actor.departmentId) {
    if (summonStatus) return { summons: db.command.elemMatch({ departmentId: actor.departmentId, status: summonStatus }) };
    return { summonedDepartmentIds: actor.departmentId };
  }
  throw new AppError('FORBIDDEN');
}

/** What the tab and filters ask for; without a status, only cases that wait for something. */
function filtersOf(db: Database, input: QueueInput, now: Date): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  if (input.level) filters.level = input.level;
  if (input.status) filters.status = input.status;
  if (input.waiting && !summonWaitingOf(input)) filters.waitingFor = input.waiting;
  else if (!input.status) filters.waitingFor = db.command.neq(null);
  if (input.overdue) filters.dueAt = db.command.lt(now);
  return filters;
}

/** A staff queue: overdue first, then by due time; 20 a page, one read besides the caller. */
export const queue = defineAction({
  input: queueInput,
  access: { kind: 'actor', allow: (actor) => isStaff(actor.roles) },
  async run({ actor }, input): Promise<ComplaintPage<QueueCard>> {
    const db = database();
    const filter = { ...scopeOf(db, actor, input), ...filtersOf(db, input, new Date()) };
    const page = await readSoonestFirst<ComplaintDoc>(COMPLAINTS, filter, 'dueAt', input.cursor);
    return { items: page.items.map((c) => toQueueCard(c, actor)), nextCursor: page.nextCursor };
  },
});
