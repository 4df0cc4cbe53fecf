import type { ComplaintDoc } from '../../../types/complaint';
import type { MeetingDoc } from '../../../types/meeting';
import type { ExportLedgerInput, LedgerFile, LedgerKind } from '../../../types/report';
import { LEDGER_KIND_LABELS, exportLedgerInput } from '../../../types/report';
import { complaintTally, meetingTally, wishTally } from '../../../types/report-figures';
import { monthLabel, monthOf, monthRange } from '../../../types/report-month';
import type { WishDoc } from '../../../types/wish';
import { defineAction } from '../../_shared/action';
import { COMPLAINTS } from '../../_shared/complaints/complaint-store';
import { config } from '../../_shared/config';
import { appendEvent } from '../../_shared/events';
import { MEETINGS } from '../../_shared/meetings/meeting-store';
import { UNPLACED_GRID_NAME } from '../../_shared/reports/figures-store';
import { TallyAccumulator, monthFigures, sumTallies } from '../../_shared/reports/month-figures';
import { forEachActiveVolunteer } from '../../_shared/reports/active-volunteers';
import { forEachPage } from '../../_shared/reports/read-all';
import { database, sdk } from '../../_shared/runtime';
import { maskedUserNames } from '../../_shared/users-repository';
import { WISHES } from '../../_shared/wishes/wish-store';
import { reportMonth } from './report-month';
import { complaintColumns, meetingColumns, wishColumns } from './ledger-columns';
import { LedgerWorkbook } from './ledger-workbook';
import type { ReportScope } from './scope';
import { readsReports, resolveScope, scopeFilter, scopeId } from './scope';
import type { SummaryLine } from './summary-columns';
import { summaryColumns } from './summary-columns';

/** A link to the file stays valid this long: enough to download it on a slow line. */
const LINK_SECONDS = 3600;

interface Placed {
  communityId: string | null;
  communityName: string | null;
  gridId: string | null;
  gridName: string | null;
}

/** The month's tallies per grid, in the order grids first appear. */
class SummaryByGrid {
  private readonly lines = new Map<string, { community: string; grid: string; tallies: TallyAccumulator }>();

  of(item: Placed): TallyAccumulator {
    const key = `${item.communityId ?? ''}|${item.gridId ?? ''}`;
    let line = this.lines.get(key);
    if (!line) {
      line = { community: item.communityName ?? '', grid: item.gridName ?? UNPLACED_GRID_NAME, tallies: new TallyAccumulator() };
      this.lines.set(key, line);
    }
    return line.tallies;
  }

  summary(month: string): SummaryLine[] {
    const lines = [...this.lines.values()]
      .sort((a, b) => a.community.localeCompare(b.community, 'zh') || a.grid.localeCompare(b.grid, 'zh'))
      .map((line) => ({ community: line.community, grid: line.grid, tallies: line.tallies.tallies() }));
    const total: SummaryLine = { community: '合计', grid: '', figures: monthFigures(month, sumTallies(lines.map((line) => line.tallies))) };
    return [...lines.map((line) => ({ community: line.community, grid: line.grid, figures: monthFigures(month, line.tallies) })), total];
  }
}

const volunteerNames = (wishes: readonly WishDoc[]) => maskedUserNames(wishes.flatMap((wish) => (wish.claim ? [wish.claim.volunteerOpenid] : [])));

interface Ledger {
  bytes: Buffer;
  rows: number;
}

/** The workbook of `kind` for the scope's month: its item sheet (none for the summary) and the 汇总 sheet. */
export async function buildLedger(scope: ReportScope, month: string, kind: LedgerKind, now: Date): Promise<Ledger> {
  const db = database();
  const _ = db.command;
  const { start, end } = monthRange(month);
  const inMonth = _.gte(start).and(_.lt(end));
  const where = scopeFilter(scope);
  const workbook = new LedgerWorkbook();
  const summary = new SummaryByGrid();
  const listed = (wanted: LedgerKind) => kind === wanted;
  let count = 0;
  if (kind === 'complaints' || kind === 'summary') {
    const write = listed('complaints') ? workbook.addSheet(LEDGER_KIND_LABELS.complaints, complaintColumns(now)) : null;
    count += await forEachPage<ComplaintDoc>(COMPLAINTS, { ...where, createdAt: inMonth }, 'createdAt', (page) => {
      write?.write(page);
      for (const complaint of page) summary.of(complaint).addComplaint(complaintTally(complaint, now));
    });
  }
  if (kind === 'wishes' || kind === 'summary') {
    const write = listed('wishes') ? workbook.addSheet(LEDGER_KIND_LABELS.wishes, wishColumns()) : null;
    const points = config.wishPoints;
    count += await forEachPage<WishDoc>(WISHES, { ...where, createdAt: inMonth }, 'createdAt', async (page) => {
      write?.write(page, write ? await volunteerNames(page) : undefined);
      for (const wish of page) summary.of(wish).addWish(wishTally(wish, points));
    });
    await forEachActiveVolunteer(where, month, (wish, openid) => summary.of(wish).addVolunteer(openid));
  }
  if (kind === 'meetings' || kind === 'summary') {
    const write = listed('meetings') ? workbook.addSheet(LEDGER_KIND_LABELS.meetings, meetingColumns()) : null;
    const metOrProposed = _.and([where, _.or([{ proposedAt: inMonth }, { 'meeting.startsAt': inMonth }])]) as unknown as Record<string, unknown>;
    count += await forEachPage<MeetingDoc>(MEETINGS, metOrProposed, 'createdAt', (page) => {
      write?.write(page);
      for (const topic of page) summary.of(topic).addMeeting(meetingTally(topic, month, monthOf));
    });
  }
  workbook.addSheet('汇总', summaryColumns(kind)).write(summary.summary(month));
  return { bytes: await workbook.bytes(), rows: count };
}

async function store(cloudPath: string, bytes: Buffer): Promise<{ fileID: string; tempFileURL: string }> {
  const cloud = sdk();
  const uploaded = (await cloud.uploadFile({ cloudPath, fileContent: bytes })) as { fileID: string };
  const links = (await cloud.getTempFileURL({ fileList: [{ fileID: uploaded.fileID, maxAge: LINK_SECONDS }] })) as { fileList?: Array<{ tempFileURL?: string }> };
  return { fileID: uploaded.fileID, tempFileURL: links.fileList?.[0]?.tempFileURL ?? '' };
}

/** 导出台账: the month's xlsx in cloud storage, its fileID and a link valid for an hour; the export is recorded. */
export const exportLedger = defineAction({
  input: exportLedgerInput,
  access: { kind: 'actor', allow: readsReports },
  async run({ openid, actor, user }, input: ExportLedgerInput): Promise<LedgerFile> {
    const now = new Date();
    const month = reportMonth(input.month, now);
    const scope = await resolveScope(actor, user, input);
    const ledger = await buildLedger(scope, month, input.kind, now);
    const fileName = `${scope.name.replace(/ · /g, '')}${monthLabel(month)}${LEDGER_KIND_LABELS[input.kind]}.xlsx`;
    const file = await store(`ledgers/${scopeId(scope)}/${month}-${input.kind}-${now.getTime()}.xlsx`, ledger.bytes);
    await appendEvent({
      itemType: 'ledger',
      itemId: file.fileID,
      itemTitle: fileName,
      communityId: scope.kind === 'street' ? null : scope.communityId,
      streetId: scope.kind === 'street' ? scope.streetId : null,
      action: 'ledger.exported',
      from: null,
      to: null,
      actorOpenid: openid,
      actorLabel: actor.roles.includes('street_admin') ? '街道' : actor.roles.includes('community_admin') ? '社区' : '网格员',
      note: `${monthLabel(month)}${LEDGER_KIND_LABELS[input.kind]}，共${ledger.rows}条`,
    });
    return { ...file, fileName, rows: ledger.rows };
  },
});
