import type { ComplaintDoc, DepartmentDoc } from '@contract/complaint';
import type { EventDoc, InboxPage } from '@contract/event';
import type { UserDoc } from '@contract/user';
import { demoSeed } from '../../emulator/seed';
import type { SeedDocuments } from '../../emulator/seed';
import { complaintDoc, complaintHistory } from '../../emulator/seed/complaint-factories';
import { CUIZHU, XINSHENG, demoOrg } from '../../emulator/seed/demo-world';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The moment the cases were seeded, in whole seconds as a trigger's time is; the timer is then fired "as of" later moments. */
const base = new Date(Math.floor(Date.now() / 1000) * 1000);
const after = (ms: number) => new Date(base.getTime() + ms);
/** Past every 签收 limit of the seed, before any 办结 limit of a normal case. */
const FIRST = after(23 * HOUR + MINUTE);
/** Past the auto-close of the resolved case, and past one working day after the urged case's 办结 time. */
const LATER = after(10 * DAY);

/**
 * The demo world with its complaints replaced by cases whose due times fall at known moments after `base`
 * (the limits are those of types/complaint-sla.ts: 签收 24 h for a normal case, 办结 24 h for an urgent one).
 */
function seedWithDueCases(): SeedDocuments {
  const seed = demoSeed(base);
  const org = demoOrg();
  const users = seed.users as unknown as UserDoc[];
  const user = (openid: string) => users.find((u) => u._id === openid)!;
  const departments = seed.departments as unknown as DepartmentDoc[];
  const power = departments.find((d) => d._id === 'dept-power')!;
  const resident = user('demo-resident');
  const gridWorker = user('demo-gridworker');
  const ago = (ms: number) => new Date(base.getTime() - ms);
  const cases: ComplaintDoc[] = [
    // 签收 due base + 23 h, at the grid.
    complaintDoc(org, { id: 'late-accept', category: '楼道堆物', text: '楼道里堆了旧家具', status: 'submitted', reporter: resident, buildingId: `${XINSHENG}-b01`, at: ago(HOUR) }),
    // 签收 due base + 23 h, but accepted before (in the tests): never escalated.
    complaintDoc(org, { id: 'accepted-in-time', category: '设施维修', text: '门禁坏了', status: 'submitted', reporter: resident, buildingId: `${XINSHENG}-b03`, at: ago(HOUR) }),
    // 签收 due base + 23 h, already at the community: goes to the street.
    complaintDoc(org, { id: 'late-accept-community', category: '设施维修', text: '路灯坏了', status: 'submitted', level: 'community', reporter: resident, buildingId: `${XINSHENG}-b02`, at: ago(HOUR) }),
    // 签收 due base + 23 h, already at the street: only marked.
    complaintDoc(org, { id: 'late-accept-street', category: '设施维修', text: '井盖松动', status: 'submitted', level: 'street', reporter: resident, buildingId: `${XINSHENG}-b02`, at: ago(HOUR) }),
    // Urgent, accepted an hour ago: 办结 due base + 23 h.
    complaintDoc(org, { id: 'resolve-due', category: '飞线充电', text: '有人拉飞线充电', status: 'accepted', urgency: 'urgent', reporter: resident, buildingId: `${XINSHENG}-b03`, assignee: gridWorker, at: ago(2 * HOUR), acceptedAt: ago(HOUR) }),
    // 供电所 summoned an hour ago with 2 h to 报到: due base + 1 h; 办结 of a normal case is days away.
    complaintDoc(org, {
      id: 'summon-late',
      category: '设施维修',
      text: '整栋楼停电',
      status: 'accepted',
      level: 'community',
      reporter: resident,
      buildingId: `${XINSHENG}-b04`,
      assignee: user('demo-admin'),
      summons: [{ department: power, status: 'summoned', by: 'demo-admin', at: ago(HOUR) }],
      at: ago(2 * HOUR),
      acceptedAt: ago(90 * MINUTE),
    }),
    // Resolved six days ago, unrated: closes by itself at base + 1 day.
    complaintDoc(org, { id: 'unrated', category: '环境卫生', text: '垃圾桶满了', status: 'resolved', reporter: resident, buildingId: `${XINSHENG}-b01`, assignee: gridWorker, at: ago(8 * DAY), acceptedAt: ago(7 * DAY), resolvedAt: ago(6 * DAY) }),
    // Closed 15 days less an hour ago: its 回访 is due base + 1 h.
    complaintDoc(org, { id: 'follow-up-late', category: '噪音扰民', text: '晚上装修', status: 'closed', reporter: resident, buildingId: `${XINSHENG}-b02`, assignee: gridWorker, at: ago(20 * DAY), acceptedAt: ago(19 * DAY), resolvedAt: ago(18 * DAY), closedAt: ago(15 * DAY - HOUR) }),
    // 翠竹园社区: filed now, its 签收 is due base + 24 h, after FIRST.
    complaintDoc(org, { id: 'other-community', category: '其他', text: '快递柜坏了', status: 'submitted', reporter: user('demo-admin-2'), buildingId: `${CUIZHU}-b01`, at: base }),
    // Nothing pending: a withdrawn case.
    complaintDoc(org, { id: 'withdrawn', category: '其他', text: '不用了', status: 'withdrawn', reporter: resident, buildingId: `${XINSHENG}-b01`, at: ago(3 * DAY) }),
  ];
  const events = (seed.events as unknown as EventDoc[]).filter((event) => event.itemType !== 'complaint');
  return {
    ...seed,
    complaints: cases as unknown as Array<Record<string, unknown>>,
    events: [...events, ...cases.flatMap(complaintHistory)] as unknown as Array<Record<string, unknown>>,
  };
}

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: seedWithDueCases() });
});
afterAll(async () => {
  await t.stop();
});

/**
 * The cases and events, less the cases' outboxes: the replay running in the same timer clears the entries
 * of changes already delivered, which changes no case.
 */
async function state(): Promise<Record<string, unknown[]>> {
  const found = await t.snapshot(['complaints', 'events']);
  return { ...found, complaints: found.complaints!.map((doc) => ({ ...(doc as Record<string, unknown>), outbox: undefined })) };
}

async function complaint(id: string): Promise<ComplaintDoc> {
  const [found] = await t.find<ComplaintDoc>('complaints', { _id: id });
  return found!;
}

async function events(id: string, action: string): Promise<EventDoc[]> {
  return t.find<EventDoc>('events', { itemId: id, action });
}

async function inbox(openid: string): Promise<string[]> {
  const page = await t.ok<InboxPage>(openid, 'inbox', 'list');
  return page.items.filter((item) => item.itemType === 'complaint').map((item) => `${item.itemId}:${item.action}`);
}

async function checks(at: Date): Promise<Record<string, number>> {
  const reply = (await t.cloud.fireTimer('scheduler', undefined, at)) as { ok: boolean; data: { checkComplaints: Record<string, number> } };
  expect(reply.ok).toBe(true);
  return reply.data.checkComplaints;
}

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

test('before any due time, nothing happens', async () => {
  const before = await t.snapshot(['complaints']);
  expect(await checks(after(MINUTE))).toEqual({ checked: 0, failed: 0, left: 0 });
  expect(await t.snapshot(['complaints'])).toEqual(before);
});

test('as of the first due times: escalation on 签收 overdue, 催办, the late 报到 notice and the late 回访, once each', async () => {
  await t.ok('demo-gridworker', 'complaints', 'accept', { id: 'accepted-in-time' });
  expect(await checks(FIRST)).toEqual({ checked: 6, failed: 0, left: 0 });
  const inTime = await complaint('accepted-in-time');
  expect(inTime).toMatchObject({ status: 'accepted', level: 'grid', overdue: null, leftGrid: false });
  expect(iso(inTime.nextCheckAt)).toBe(iso(inTime.resolveDueAt));
  expect(await events('accepted-in-time', 'complaint.overdue_escalated')).toEqual([]);

  const lateAccept = await complaint('late-accept');
  expect(lateAccept).toMatchObject({ status: 'submitted', level: 'community', leftGrid: true, overdue: { kind: 'accept' } });
  expect(iso(lateAccept.overdue!.since)).toBe(iso(lateAccept.acceptDueAt));
  expect(lateAccept.nextCheckAt).toBeNull();
  const [escalated] = await events('late-accept', 'complaint.overdue_escalated');
  expect(escalated).toMatchObject({ actorLabel: '系统', actorOpenid: '', from: 'submitted', to: 'submitted', recipients: ['@community_admin:xinsheng'] });
  expect(await inbox('demo-admin')).toContain('late-accept:complaint.overdue_escalated');

  expect(await complaint('late-accept-community')).toMatchObject({ level: 'street', overdue: { kind: 'accept' } });
  const [toStreet] = await events('late-accept-community', 'complaint.overdue_escalated');
  expect(toStreet!.recipients).toEqual(['@street_admin:yunzhong']);
  expect(await complaint('late-accept-street')).toMatchObject({ level: 'street', overdue: { kind: 'accept' } });
  expect(await inbox('demo-street-admin')).toEqual(
    expect.arrayContaining(['late-accept-community:complaint.overdue_escalated', 'late-accept-street:complaint.overdue_escalated']),
  );

  const urged = await complaint('resolve-due');
  expect(urged).toMatchObject({ status: 'accepted', level: 'grid', overdue: { kind: 'resolve' }, lateEscalatedAt: null });
  expect(iso(urged.urgedAt)).toBe(FIRST.toISOString());
  expect(iso(urged.overdue!.since)).toBe(iso(urged.resolveDueAt));
  // Next: one working day past 办结.
  expect(new Date(urged.nextCheckAt!).getTime()).toBeGreaterThan(new Date(urged.resolveDueAt!).getTime() + 20 * HOUR);
  const [urge] = await events('resolve-due', 'complaint.urged');
  expect(urge!.recipients).toEqual(['demo-gridworker']);
  expect(await inbox('demo-gridworker')).toContain('resolve-due:complaint.urged');

  const summoned = await complaint('summon-late');
  expect(summoned.summons).toHaveLength(1);
  expect(summoned.summons[0]).toMatchObject({ departmentId: 'dept-power', status: 'summoned', summonedBy: 'demo-admin' });
  expect(iso(summoned.summons[0]!.lateNoticeAt)).toBe(FIRST.toISOString());
  expect(summoned).toMatchObject({ status: 'accepted', level: 'community', overdue: { kind: 'report' } });
  const [late] = await events('summon-late', 'complaint.summon_overdue');
  expect(late).toMatchObject({ recipients: ['demo-admin'], note: '云中路供电所未在时限内报到' });

  const followUp = await complaint('follow-up-late');
  expect(followUp).toMatchObject({ status: 'closed', overdue: { kind: 'followUp' }, followUp: { done: false } });
  expect(followUp.nextCheckAt).toBeNull();
  expect(await inbox('demo-gridworker')).toContain('follow-up-late:complaint.follow_up_overdue');

  // Not yet due: the unrated case, and the other community's.
  expect(await complaint('unrated')).toMatchObject({ status: 'resolved', closedAt: null });
  expect(await complaint('other-community')).toMatchObject({ status: 'submitted', level: 'grid', overdue: null });
  expect(await inbox('demo-admin-2')).toEqual([]);
});

test('a second run as of the same moment does nothing more', async () => {
  const before = await state();
  expect(await checks(FIRST)).toEqual({ checked: 0, failed: 0, left: 0 });
  expect(await state()).toEqual(before);
});

test('as of ten days later: one working day past 办结 goes up a level, and the unrated case closes by itself', async () => {
  const run = await checks(LATER);
  expect(run).toMatchObject({ failed: 0, left: 0 });

  const late = await complaint('resolve-due');
  expect(late).toMatchObject({ status: 'accepted', level: 'community', leftGrid: true, overdue: { kind: 'resolve' } });
  expect(iso(late.lateEscalatedAt)).toBe(LATER.toISOString());
  const [upped] = await events('resolve-due', 'complaint.overdue_escalated');
  expect(upped!.recipients).toEqual(['@community_admin:xinsheng']);
  expect(await inbox('demo-admin')).toContain('resolve-due:complaint.overdue_escalated');
  expect(await events('resolve-due', 'complaint.urged')).toHaveLength(1);

  const closed = await complaint('unrated');
  expect(closed).toMatchObject({ status: 'closed', rating: null, overdue: null, followUp: { done: false, satisfied: null } });
  expect(iso(closed.closedAt)).toBe(LATER.toISOString());
  expect(iso(closed.followUp!.dueAt)).toBe(new Date(LATER.getTime() + 15 * DAY).toISOString());
  expect(iso(closed.nextCheckAt)).toBe(iso(closed.followUp!.dueAt));
  const [autoClosed] = await events('unrated', 'complaint.auto_closed');
  expect(autoClosed).toMatchObject({ from: 'resolved', to: 'closed', actorLabel: '系统' });
  expect([...autoClosed!.recipients].sort()).toEqual(['demo-gridworker', 'demo-resident']);
  expect(await inbox('demo-resident')).toContain('unrated:complaint.auto_closed');

  // Already escalated for its 签收: no second escalation however late it gets.
  expect(await events('late-accept', 'complaint.overdue_escalated')).toHaveLength(1);
  expect(await complaint('withdrawn')).toMatchObject({ status: 'withdrawn', nextCheckAt: null });

  const before = await state();
  expect(await checks(LATER)).toEqual({ checked: 0, failed: 0, left: 0 });
  expect(await state()).toEqual(before);
});
