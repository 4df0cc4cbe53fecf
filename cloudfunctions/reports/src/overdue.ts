import type { ComplaintDoc } from '../../../types/complaint';
import { LEVEL_LABELS } from '../../../types/complaint-labels';
import type { OverdueKind } from '../../../types/complaint-labels';
import type { OverdueInput, OverdueItem } from '../../../types/report';
import { overdueInput } from '../../../types/report';
import type { Page } from '../../../types/user';
import { maskPhonesInText } from '../../../types/privacy';
import { excerptOf } from '../../../types/text';
import { defineAction } from '../../_shared/action';
import { COMPLAINTS } from '../../_shared/complaints/complaint-store';
import { readSoonestFirst } from '../../_shared/cursor';
import { overdueFilter } from '../../_shared/reports/overdue-filter';
import { database } from '../../_shared/runtime';
import { readsReports, resolveScope, scopeFilter } from './scope';

const HOUR_MS = 3600 * 1000;
const EXCERPT_LENGTH = 40;

/** The summons whose 报到 is late: what a 报到超时 case waits for. */
function lateDepartments(complaint: ComplaintDoc, now: Date): string[] {
  return complaint.summons.filter((summon) => !summon.acknowledgedAt && new Date(summon.dueAt) < now).map((summon) => summon.departmentName);
}

function lateness(complaint: ComplaintDoc): { kind: OverdueKind; since: Date | null } {
  if (complaint.overdue) return { kind: complaint.overdue.kind, since: new Date(complaint.overdue.since) };
  return { kind: complaint.waitingFor as OverdueKind, since: complaint.dueAt ? new Date(complaint.dueAt) : null };
}

export function toOverdueItem(complaint: ComplaintDoc, now: Date): OverdueItem {
  const { kind, since } = lateness(complaint);
  const late = kind === 'report' ? lateDepartments(complaint, now) : [];
  const dueAt = complaint.dueAt ? new Date(complaint.dueAt) : since;
  return {
    id: complaint._id,
    itemType: 'complaint',
    category: complaint.category,
    excerpt: excerptOf(maskPhonesInText(complaint.text), EXCERPT_LENGTH),
    kind,
    communityName: complaint.communityName,
    gridName: complaint.gridName,
    holder: late.length > 0 ? late.join('、') : (complaint.assigneeName ?? `${LEVEL_LABELS[complaint.level]}待签收`),
    dueAt: dueAt ? dueAt.toISOString() : null,
    overdueHours: since ? Math.max(0, Math.round(((now.getTime() - since.getTime()) / HOUR_MS) * 10) / 10) : 0,
  };
}

/** Every case of the caller's scope past a limit, the longest overdue first; 20 a page. */
export const overdue = defineAction({
  input: overdueInput,
  access: { kind: 'actor', allow: readsReports },
  async run({ actor, user }, input: OverdueInput): Promise<Page<OverdueItem>> {
    const db = database();
    const now = new Date();
    const scope = await resolveScope(actor, user, {});
    const filter = db.command.and([scopeFilter(scope), overdueFilter(db, now, input.kind)]) as unknown as Record<string, unknown>;
    const page = await readSoonestFirst<ComplaintDoc>(COMPLAINTS, filter, 'dueAt', input.cursor);
    return { items: page.items.map((complaint) => toOverdueItem(complaint, now)), nextCursor: page.nextCursor };
  },
});
