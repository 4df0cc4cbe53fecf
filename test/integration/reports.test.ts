/**
 * The workbench's figures through the real stack: a scripted month of activity (with transitions racing each
 * other), the scheduler's count, and the dashboard compared with a recount from the items themselves; scopes,
 * the audit log's masking, and the 台账 read back from cloud storage with a real xlsx reader.
 */
import { Workbook } from 'exceljs';
import type { ComplaintDoc } from '@contract/complaint';
import type { EventDoc } from '@contract/event';
import type { AuditEntry, Dashboard, LedgerFile, OverdueItem, WorkbenchPending } from '@contract/report';
import type { MeetingDoc } from '@contract/meeting';
import type { WishDoc } from '@contract/wish';
import {
  activeVolunteer, addComplaintTallies, addMeetingTallies, addWishTallies, complaintRates, complaintTally, emptyComplaintTally,
  emptyMeetingTally, emptyWishTally, median, meetingTally, rate, wishTally,
} from '@contract/report-figures';
import { monthOf, shiftMonth } from '@contract/report-month';
import type { Page } from '@contract/user';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { fileComplaint } from './complaint-helpers';

const R = 'reports';
const C = 'complaints';
const RESIDENT = 'demo-resident';
const WORKER = 'demo-gridworker';
const ADMIN = 'demo-admin';
const OTHER_ADMIN = 'demo-admin-2';
const STREET = 'demo-street-admin';
const PHONE = '13912345678';
const MASKED = '139****5678';

let t: TestCloud;
let month: string;
let gridOfWorker: string;

function recountOf(complaints: ComplaintDoc[], asOf: Date) {
  return complaints.reduce((sum, complaint) => addComplaintTallies(sum, complaintTally(complaint, asOf)), emptyComplaintTally());
}

async function monthOfActivity(): Promise<void> {
  const filed = await Promise.all(Array.from({ length: 8 }, (_, i) => fileComplaint(t, RESIDENT, { text: `楼道第${i + 1}层堆了纸箱，请尽快清理，电话${PHONE}` })));
  // Accepts racing each other (and a second accept of the same case racing the first).
  await Promise.all([...filed.slice(0, 6).map((c) => t.call(WORKER, C, 'accept', { id: c.id })), t.call(WORKER, C, 'accept', { id: filed[0]!.id })]);
  await Promise.all(filed.slice(0, 4).map((c) => t.ok(WORKER, C, 'resolve', { id: c.id, result: `已联系物业清理，居民电话 ${PHONE.slice(0, 3)} ${PHONE.slice(3, 7)} ${PHONE.slice(7)}` })));
  await t.ok(RESIDENT, C, 'rate', { id: filed[0]!.id, rating: 5 });
  await t.ok(RESIDENT, C, 'rate', { id: filed[1]!.id, rating: 2 });
  await t.ok(RESIDENT, C, 'reopen', { id: filed[2]!.id, reason: '纸箱又堆回来了' });
  await t.ok(WORKER, C, 'followUp', { id: filed[0]!.id, satisfied: 'basically', note: '电话回访' });
  await t.ok(RESIDENT, C, 'withdraw', { id: filed[7]!.id });
  // A volunteer at work this month on a wish filed before it.
  await t.ok('demo-volunteer-2', 'wishes', 'claim', { id: 'demo-wish-tap' });
}

beforeAll(async () => {
  t = await startTestCloud({ instancesPerFunction: 3 });
  month = monthOf(new Date());
  const [worker] = await t.find<{ gridId: string }>('users', { _id: WORKER });
  gridOfWorker = worker!.gridId;
  await monthOfActivity();
  await t.cloud.fireTimer('scheduler', undefined, new Date());
}, 120_000);

afterAll(() => t.stop());

describe('dashboard', () => {
  test("the community's figures equal a recount from the cases, grid by grid, as of the count", async () => {
    const board = await t.ok<Dashboard>(ADMIN, R, 'dashboard', {});
    expect(board.scope).toMatchObject({ kind: 'community', id: 'xinsheng' });
    expect(board.month).toBe(month);
    expect(board.asOf).not.toBeNull();
    const asOf = new Date(board.asOf!);
    const cases = (await t.find<ComplaintDoc>('complaints', { communityId: 'xinsheng' })).filter((c) => monthOf(c.createdAt) === month);
    expect(cases.length).toBeGreaterThanOrEqual(8);
    const whole = recountOf(cases, asOf);
    expect(board.current.complaints).toMatchObject({ received: whole.received, reopened: whole.reopened, closed: whole.closed, byCategory: whole.byCategory, bySource: whole.bySource });
    const rates = complaintRates(whole);
    for (const [key, value] of Object.entries(rates)) {
      const shown = (board.current.complaints as unknown as Record<string, number | null>)[key];
      // Average hours are sums of fractions, added in another order by the count: equal to the last few bits.
      if (key.startsWith('average') && value !== null) expect([key, shown]).toEqual([key, expect.closeTo(value, 9)]);
      else expect([key, shown]).toEqual([key, value]);
    }
    expect(whole.reopened).toBeGreaterThanOrEqual(1);
    expect(whole.withVerdict).toBeGreaterThanOrEqual(2);
    for (const row of board.rows) {
      const ofGrid = recountOf(cases.filter((c) => c.gridId === row.id), asOf);
      expect([row.id, row.received, row.resolveOnTimeRate]).toEqual([row.id, ofGrid.received, complaintRates(ofGrid).resolveOnTimeRate]);
    }
    const open = (await t.find<ComplaintDoc>('complaints', { communityId: 'xinsheng' })).filter((c) => ['submitted', 'returned', 'accepted', 'reopened'].includes(c.status));
    expect(board.openNow).toBe(open.length);
    expect(board.trend).toHaveLength(12);
    expect(board.trend[11]!.month).toBe(month);
    expect(board.previous.month).toBe(shiftMonth(month, -1));
  });

  test("the wish and 议事 figures of this month and the last equal a recount from the wishes and topics", async () => {
    const board = await t.ok<Dashboard>(ADMIN, R, 'dashboard', {});
    const wishes = await t.find<WishDoc>('wishes', { communityId: 'xinsheng' });
    const topics = await t.find<MeetingDoc>('meetings', { communityId: 'xinsheng' });
    for (const figures of [board.current, board.previous]) {
      const cohort = wishes.filter((wish) => monthOf(wish.createdAt) === figures.month);
      const tally = cohort.reduce((sum, wish) => addWishTallies(sum, wishTally(wish, 10)), emptyWishTally());
      const active = new Set(wishes.map((wish) => activeVolunteer(wish, figures.month, monthOf)).filter(Boolean));
      expect(figures.wishes).toEqual({
        filed: tally.filed, filedOwn: tally.filedOwn, filedOnBehalf: tally.filedOnBehalf, published: tally.published, claimed: tally.claimed,
        confirmed: tally.confirmed, expired: tally.expired, medianDaysToConfirm: median(tally.confirmDays), pointsCredited: tally.pointsCredited,
        activeVolunteers: active.size,
      });
      const meetings = topics.reduce((sum, topic) => addMeetingTallies(sum, meetingTally(topic, figures.month, monthOf)), emptyMeetingTally());
      expect(figures.meetings).toEqual({ ...meetings, attendanceRate: rate(meetings.attended, meetings.registered), evaluationSatisfactionRate: rate(meetings.evaluationsSatisfied, meetings.evaluations) });
    }
    expect(new Set(wishes.map((wish) => activeVolunteer(wish, month, monthOf)))).toContain('demo-volunteer-2');
    expect(board.current.wishes.activeVolunteers).toBeGreaterThanOrEqual(1);
    expect(board.current.wishes.filed + board.previous.wishes.filed).toBeGreaterThan(0);
    expect(board.current.meetings.proposed + board.previous.meetings.proposed).toBeGreaterThan(0);
  });

  test('one call reads the database at most four times', async () => {
    const before = t.cloud.databaseRequests();
    await t.ok<Dashboard>(ADMIN, R, 'dashboard', {});
    const after = t.cloud.databaseRequests();
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);
    expect(total(after) - total(before)).toBeLessThanOrEqual(4);
    expect(total(after) - total(before)).toBeGreaterThanOrEqual(2);
  });

  test("scopes: a grid worker's grid only, a community admin's community only, the street admin every community", async () => {
    const grid = await t.ok<Dashboard>(WORKER, R, 'dashboard', {});
    expect(grid.scope).toMatchObject({ kind: 'grid', id: gridOfWorker });
    expect(grid.rows).toEqual([]);
    const ownCases = (await t.find<ComplaintDoc>('complaints', { gridId: gridOfWorker })).filter((c) => monthOf(c.createdAt) === month);
    expect(grid.current.complaints.received).toBe(ownCases.length);
    const expectRefused = async (openid: string, input: Record<string, unknown>, code: string) => {
      const reply = await t.call(openid, R, 'dashboard', input);
      expect(reply.ok ? 'ok' : reply.error.code).toBe(code);
    };
    await expectRefused(WORKER, { gridId: 'xinsheng-g2' }, 'FORBIDDEN');
    await expectRefused(WORKER, { communityId: 'cuizhu' }, 'FORBIDDEN');
    await expectRefused(ADMIN, { communityId: 'cuizhu' }, 'FORBIDDEN');
    await expectRefused(ADMIN, { gridId: 'cuizhu-g1' }, 'FORBIDDEN');
    await expectRefused(OTHER_ADMIN, { gridId: gridOfWorker }, 'FORBIDDEN');
    await expectRefused(ADMIN, { gridId: 'no-such-grid' }, 'NOT_FOUND');
    await expectRefused(RESIDENT, {}, 'FORBIDDEN');
    await expectRefused('demo-dept-power', {}, 'FORBIDDEN');
    await expectRefused(ADMIN, { month: shiftMonth(month, 1) }, 'INVALID_INPUT');

    const street = await t.ok<Dashboard>(STREET, R, 'dashboard', {});
    expect(street.scope.kind).toBe('street');
    expect(street.rows.map((row) => row.id).sort()).toEqual(['cuizhu', 'xinsheng']);
    const community = await t.ok<Dashboard>(STREET, R, 'dashboard', { communityId: 'xinsheng' });
    const admin = await t.ok<Dashboard>(ADMIN, R, 'dashboard', {});
    expect(community.current).toEqual(admin.current);
    const other = await t.ok<Dashboard>(OTHER_ADMIN, R, 'dashboard', {});
    expect(other.current.complaints.received).toBe(street.rows.find((row) => row.id === 'cuizhu')!.received);
  });
});

describe('overdue and pending', () => {
  test('every case past a limit, with its holder and by how much; the same count on the tab', async () => {
    const page = await t.ok<Page<OverdueItem>>(ADMIN, R, 'overdue', {});
    const now = Date.now();
    const late = (await t.find<ComplaintDoc>('complaints', { communityId: 'xinsheng' })).filter(
      (c) => c.overdue !== null || (['accept', 'resolve', 'followUp'].includes(c.waitingFor ?? '') && c.dueAt !== null && new Date(c.dueAt).getTime() < now),
    );
    expect(late.length).toBeGreaterThan(0);
    expect(page.items.map((item) => item.id).sort()).toEqual(late.map((c) => c._id).sort());
    for (const item of page.items) expect(item.holder).not.toBe('');
    const accepts = await t.ok<Page<OverdueItem>>(ADMIN, R, 'overdue', { kind: 'accept' });
    expect(accepts.items.every((item) => item.kind === 'accept')).toBe(true);
    const pending = await t.ok<WorkbenchPending>(ADMIN, R, 'pending', {});
    expect(pending.overdue).toBe(late.length);
    expect(pending.total).toBe(pending.wishReviews + pending.volunteerApplications + pending.meetingReviews + pending.toAccept + pending.overdue);
    expect(await t.ok<WorkbenchPending>(RESIDENT, R, 'pending', {})).toMatchObject({ total: 0 });
    const forbidden = await t.call(RESIDENT, R, 'overdue', {});
    expect(forbidden.ok ? 'ok' : forbidden.error.code).toBe('FORBIDDEN');
  });
});

describe('auditLog', () => {
  test('the events behind a case, newest first, every phone number masked', async () => {
    const [resolvedCase] = await t.find<ComplaintDoc>('complaints', { communityId: 'xinsheng', status: 'closed', 'resolution.result': /已联系物业清理/ });
    const raw = await t.find<EventDoc>('events', { itemId: resolvedCase!._id });
    expect(raw.some((event) => (event.note ?? '').includes('139 1234'))).toBe(true);
    const page = await t.ok<Page<AuditEntry>>(ADMIN, R, 'auditLog', { itemId: resolvedCase!._id });
    expect(page.items.length).toBe(raw.length);
    const at = page.items.map((entry) => new Date(entry.at).getTime());
    expect([...at].sort((a, b) => b - a)).toEqual(at);
    const text = JSON.stringify(page.items);
    expect(text).not.toMatch(/139[\s-]?1234[\s-]?5678/);
    expect(text).toContain(MASKED);
    const byWorker = await t.ok<Page<AuditEntry>>(ADMIN, R, 'auditLog', { actorOpenid: WORKER, month });
    expect(byWorker.items.length).toBeGreaterThan(0);
    expect(byWorker.items.every((entry) => entry.actorOpenid === WORKER && entry.actorName === '张**')).toBe(true);
    const foreign = await t.ok<Page<AuditEntry>>(OTHER_ADMIN, R, 'auditLog', { itemId: resolvedCase!._id });
    expect(foreign.items).toEqual([]);
    const worker = await t.call(WORKER, R, 'auditLog', {});
    expect(worker.ok ? 'ok' : worker.error.code).toBe('FORBIDDEN');
  });
});

async function readLedger(file: LedgerFile): Promise<Workbook> {
  const response = await fetch(file.tempFileURL);
  expect(response.ok).toBe(true);
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
  return workbook;
}

describe('exportLedger', () => {
  test("the month's 诉求台账: a real xlsx with a row per case, Chinese headers, phones masked, the summary's total", async () => {
    const file = await t.ok<LedgerFile>(ADMIN, R, 'exportLedger', { month, kind: 'complaints' });
    expect(file.fileID).toMatch(/^cloud:\/\//);
    expect(file.fileName).toBe(`鑫盛社区${month.slice(0, 4)}年${Number(month.slice(5))}月诉求台账.xlsx`);
    const cases = (await t.find<ComplaintDoc>('complaints', { communityId: 'xinsheng' })).filter((c) => monthOf(c.createdAt) === month);
    expect(file.rows).toBe(cases.length);
    const workbook = await readLedger(file);
    const sheet = workbook.getWorksheet('诉求台账')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['编号', '受理时间', '网格', '类别', '承办人', '签收时限', '按时办结', '评价', '回访']));
    expect(sheet.rowCount).toBe(cases.length + 1);
    const ids = sheet.getColumn(1).values.slice(2);
    expect([...ids].sort()).toEqual(cases.map((c) => c._id).sort());
    const everything = JSON.stringify(sheet.getSheetValues());
    expect(everything).not.toContain(PHONE);
    expect(everything).not.toContain('13800000001');
    expect(everything).toContain(MASKED);
    expect(everything).toContain('王**');
    const summary = workbook.getWorksheet('汇总')!;
    const total = summary.getRow(summary.rowCount);
    expect(total.getCell(1).value).toBe('合计');
    expect(total.getCell(3).value).toBe(cases.length);
    const exported = await t.find<EventDoc>('events', { action: 'ledger.exported', actorOpenid: ADMIN });
    expect(exported).toHaveLength(1);
  });

  test("a grid worker's ledger holds their grid only; the street admin's the street; another community's is refused", async () => {
    const grid = await t.ok<LedgerFile>(WORKER, R, 'exportLedger', { month, kind: 'complaints' });
    const gridCases = (await t.find<ComplaintDoc>('complaints', { gridId: gridOfWorker })).filter((c) => monthOf(c.createdAt) === month);
    expect(grid.rows).toBe(gridCases.length);
    const street = await t.ok<LedgerFile>(STREET, R, 'exportLedger', { month, kind: 'summary' });
    const workbook = await readLedger(street);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总']);
    // The street's export is on the street's audit trail, not on a community's.
    const streetTrail = await t.ok<Page<AuditEntry>>(STREET, R, 'auditLog', { actorOpenid: STREET });
    expect(streetTrail.items.map((entry) => [entry.action, entry.itemId])).toEqual([['ledger.exported', street.fileID]]);
    expect((await t.ok<Page<AuditEntry>>(ADMIN, R, 'auditLog', { actorOpenid: STREET })).items).toEqual([]);
    const refused = await t.call(ADMIN, R, 'exportLedger', { month, kind: 'wishes', communityId: 'cuizhu' });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
    for (const kind of ['wishes', 'meetings'] as const) {
      const file = await t.ok<LedgerFile>(ADMIN, R, 'exportLedger', { month, kind });
      const book = await readLedger(file);
      expect(book.worksheets).toHaveLength(2);
      expect(book.worksheets[0]!.rowCount).toBe(file.rows + 1);
    }
  });
});
