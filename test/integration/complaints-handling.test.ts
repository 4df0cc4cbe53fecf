import type { ComplaintDetail, ComplaintDoc, ComplaintResult } from '@contract/complaint';
import { addWorkingDays, resolveDueFrom } from '../../cloudfunctions/_shared/complaints/due-times';
import { demoSeed } from '../../emulator/seed';
import { complaintDoc } from '../../emulator/seed/complaint-factories';
import { demoOrg } from '../../emulator/seed/demo-world';
import { placementOf, userDoc } from '../../emulator/seed/factories';
import type { UserDoc } from '@contract/user';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { complaintInput, fileComplaint } from './complaint-helpers';
import { uploadPhoto } from './wish-helpers';

const C = 'complaints';
const WATCHED = ['complaints', 'events', 'users', 'media_checks'];
const DAY = 24 * 3600 * 1000;

const RESIDENT = 'demo-resident';
const RESIDENT_2 = 'demo-resident-2';
const WORKER = 'demo-gridworker';
const WORKER_GRID_2 = 'handling-gridworker-g2';
const ADMIN = 'demo-admin';
const OTHER_ADMIN = 'demo-admin-2';
const STREET = 'demo-street-admin';
const PROPERTY = 'demo-dept-property';
const POWER = 'demo-dept-power';

/** The demo world, a grid worker of 鑫盛社区's second grid, and cases whose past the tests cannot wait for. */
function seed() {
  const base = demoSeed();
  const org = demoOrg();
  const now = new Date();
  const users = base.users as unknown as UserDoc[];
  const resident = users.find((user) => user._id === RESIDENT)!;
  const worker = users.find((user) => user._id === WORKER)!;
  const gridWorker2 = userDoc({ openid: WORKER_GRID_2, name: '钱网格', placement: placementOf(org, 'xinsheng-b05'), roles: ['resident', 'grid_worker'] }, now);
  const lowRatedLongAgo = complaintDoc(org, {
    id: 'handling-low-rated-old',
    category: '设施维修',
    text: '单元门禁坏了，一直没修好。',
    status: 'closed',
    reporter: resident,
    assignee: worker,
    rating: 1,
    at: new Date(now.getTime() - 12 * DAY),
    acceptedAt: new Date(now.getTime() - 11 * DAY),
    resolvedAt: new Date(now.getTime() - 8 * DAY),
    closedAt: new Date(now.getTime() - 8 * DAY + 3600 * 1000),
  });
  return {
    ...base,
    users: [...base.users!, gridWorker2 as unknown as Record<string, unknown>],
    complaints: [...base.complaints!, lowRatedLongAgo as unknown as Record<string, unknown>],
  };
}

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: seed(), instancesPerFunction: 4 });
});
afterAll(async () => {
  await t.stop();
});

async function stored(id: string): Promise<ComplaintDoc> {
  const [doc] = await t.find<ComplaintDoc>('complaints', { _id: id });
  return doc!;
}

async function eventOf(id: string, action: string) {
  const found = await t.find<{ recipients: string[]; from: string | null; to: string; note: string | null; actorLabel: string }>('events', { itemId: id, action });
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The actions of the case's notices `openid` reads in their inbox, newest first. */
async function inboxActions(openid: string, id: string): Promise<string[]> {
  const page = await t.ok<{ items: Array<{ itemId: string; action: string }> }>(openid, 'inbox', 'list');
  return page.items.filter((item) => item.itemId === id).map((item) => item.action);
}

/** The notice reaches the inbox of everyone in `told` and of no one in `notTold`. */
async function expectTold(id: string, action: string, told: string[], notTold: string[] = []) {
  for (const openid of told) expect({ openid, actions: await inboxActions(openid, id) }).toEqual({ openid, actions: expect.arrayContaining([action]) });
  for (const openid of notTold) expect({ openid, actions: await inboxActions(openid, id) }).toEqual({ openid, actions: expect.not.arrayContaining([action]) });
}

async function refusedWithoutChange(openid: string, action: string, input: Record<string, unknown>, code: string) {
  const before = await t.snapshot(WATCHED);
  const reply = await t.call(openid, C, action, input);
  expect(reply).toMatchObject({ ok: false, error: { code } });
  expect(await t.snapshot(WATCHED)).toEqual(before);
}

const act = (openid: string, action: string, input: Record<string, unknown>) => t.ok<ComplaintResult>(openid, C, action, input);

async function accepted(openid = RESIDENT, worker = WORKER): Promise<ComplaintDetail> {
  const c = await fileComplaint(t, openid);
  await act(worker, 'accept', { id: c.id });
  return c;
}

async function resolved(): Promise<ComplaintDetail> {
  const c = await accepted();
  await act(WORKER, 'resolve', { id: c.id, result: '已联系物业清理完毕' });
  return c;
}

describe('accept', () => {
  test('the grid worker accepts: accepted, assigned, due for 办结, the reporter told', async () => {
    const c = await fileComplaint(t, RESIDENT);
    const before = Date.now();
    expect(await act(WORKER, 'accept', { id: c.id })).toEqual({ id: c.id, status: 'accepted', level: 'grid' });
    const doc = await stored(c.id);
    expect(doc).toMatchObject({ status: 'accepted', assigneeOpenid: WORKER, assigneeName: '张新花', overdue: null, urgedAt: null, waitingFor: 'resolve' });
    const acceptedAt = new Date(doc.acceptedAt!);
    expect(acceptedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(doc.resolveDueAt!).getTime()).toBe(resolveDueFrom(acceptedAt, 'normal').getTime());
    expect(await eventOf(c.id, 'complaint.accepted')).toMatchObject({ from: 'submitted', to: 'accepted', recipients: [RESIDENT], actorLabel: '网格员' });
  });

  test('refusals: the reporter (FORBIDDEN), another community (NOT_FOUND), a second accept (COMPLAINT_ALREADY_ACCEPTED), an unknown id', async () => {
    const c = await fileComplaint(t, RESIDENT);
    await refusedWithoutChange(RESIDENT, 'accept', { id: c.id }, 'FORBIDDEN');
    await refusedWithoutChange(WORKER_GRID_2, 'accept', { id: c.id }, 'FORBIDDEN');
    await refusedWithoutChange(OTHER_ADMIN, 'accept', { id: c.id }, 'NOT_FOUND');
    await refusedWithoutChange(WORKER, 'accept', { id: 'no-such-case' }, 'NOT_FOUND');
    await act(WORKER, 'accept', { id: c.id });
    await refusedWithoutChange(WORKER, 'accept', { id: c.id }, 'COMPLAINT_ALREADY_ACCEPTED');
    await refusedWithoutChange(ADMIN, 'accept', { id: c.id }, 'COMPLAINT_ALREADY_ACCEPTED');
    await refusedWithoutChange(RESIDENT, 'accept', { id: c.id }, 'FORBIDDEN');
    await refusedWithoutChange(WORKER_GRID_2, 'accept', { id: c.id }, 'FORBIDDEN');
  });
});

describe('the full loop', () => {
  test('submitted → accepted → resolved (with a photo) → rated → closed → 回访', async () => {
    const c = await accepted();
    const photo = await uploadPhoto(t, `wishes/${WORKER}/done-${Date.now()}.jpg`);
    expect(await act(WORKER, 'resolve', { id: c.id, result: '已联系物业清理完毕', photos: [photo] })).toMatchObject({ status: 'resolved' });
    let doc = await stored(c.id);
    expect(doc).toMatchObject({ status: 'resolved', resolution: { result: '已联系物业清理完毕', photos: [photo], by: WORKER }, waitingFor: 'rate' });
    expect(await t.find('media_checks', { itemId: c.id, itemType: 'complaint_result' })).toHaveLength(1);
    expect((await eventOf(c.id, 'complaint.resolved')).recipients).toEqual([RESIDENT]);

    await refusedWithoutChange(WORKER, 'rate', { id: c.id, rating: 5 }, 'FORBIDDEN');
    expect(await act(RESIDENT, 'rate', { id: c.id, rating: 4, comment: '处理很及时' })).toMatchObject({ status: 'closed' });
    doc = await stored(c.id);
    expect(doc).toMatchObject({ status: 'closed', rating: { rating: 4, comment: '处理很及时' }, followUp: { done: false }, waitingFor: 'followUp' });
    expect(new Date(doc.followUp!.dueAt).getTime() - new Date(doc.closedAt!).getTime()).toBe(15 * DAY);
    expect((await eventOf(c.id, 'complaint.rated')).recipients).toEqual([WORKER]);
    await refusedWithoutChange(RESIDENT, 'rate', { id: c.id, rating: 5 }, 'INVALID_STATE');
    await refusedWithoutChange(RESIDENT, 'reopen', { id: c.id, reason: '还是不满意' }, 'REOPEN_WINDOW_PASSED');

    await refusedWithoutChange(RESIDENT, 'followUp', { id: c.id, satisfied: 'satisfied', note: '回访' }, 'FORBIDDEN');
    expect(await act(WORKER, 'followUp', { id: c.id, satisfied: 'satisfied', note: '上门回访，居民满意' })).toMatchObject({ status: 'closed' });
    doc = await stored(c.id);
    expect(doc).toMatchObject({ status: 'closed', followUp: { done: true, satisfied: 'satisfied', note: '上门回访，居民满意', by: WORKER }, waitingFor: null });
    expect((await eventOf(c.id, 'complaint.followed_up')).recipients).toEqual([RESIDENT]);
    await refusedWithoutChange(WORKER, 'followUp', { id: c.id, satisfied: 'satisfied', note: '再次回访' }, 'INVALID_STATE');

    const detail = await t.ok<ComplaintDetail>(RESIDENT, C, 'get', { id: c.id });
    expect(detail.timeline.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['complaint.created', 'complaint.accepted', 'complaint.resolved', 'complaint.rated', 'complaint.followed_up']),
    );
  });

  test('those who 同问 hear of the answer too; the answer passes the content check first', async () => {
    const c = await fileComplaint(t, RESIDENT);
    await t.ok('demo-volunteer', C, 'support', { id: c.id });
    await act(WORKER, 'accept', { id: c.id });
    await refusedWithoutChange(WORKER, 'resolve', { id: c.id, result: '这里有违禁词测试的内容' }, 'CONTENT_REJECTED');
    await refusedWithoutChange(RESIDENT, 'resolve', { id: c.id, result: '已处理' }, 'FORBIDDEN');
    await act(WORKER, 'resolve', { id: c.id, result: '已处理' });
    expect((await eventOf(c.id, 'complaint.resolved')).recipients.sort()).toEqual([RESIDENT, 'demo-volunteer'].sort());
    await refusedWithoutChange(WORKER, 'resolve', { id: c.id, result: '再答复一次' }, 'INVALID_STATE');
  });
});

describe('reopen (重办)', () => {
  test('from resolved: reopened, counted, due for 签收 again, the handler kept and told; accepted and answered again', async () => {
    const c = await resolved();
    await refusedWithoutChange(RESIDENT, 'reopen', { id: c.id, reason: '这里有违禁词测试的内容' }, 'CONTENT_REJECTED');
    await refusedWithoutChange(RESIDENT_2, 'reopen', { id: c.id, reason: '没解决' }, 'FORBIDDEN');
    expect(await act(RESIDENT, 'reopen', { id: c.id, reason: '纸箱又堆回来了' })).toMatchObject({ status: 'reopened' });
    const doc = await stored(c.id);
    expect(doc).toMatchObject({ status: 'reopened', reopenCount: 1, assigneeOpenid: WORKER, rating: null, followUp: null, waitingFor: 'accept' });
    expect(doc.resolution).not.toBeNull();
    expect(new Date(doc.acceptDueAt!).getTime()).toBeGreaterThan(Date.now());
    expect(await eventOf(c.id, 'complaint.reopened')).toMatchObject({ from: 'resolved', to: 'reopened', recipients: [WORKER], note: '纸箱又堆回来了' });

    await act(WORKER, 'accept', { id: c.id });
    await act(WORKER, 'resolve', { id: c.id, result: '已彻底清理并张贴告示' });
    await act(RESIDENT, 'rate', { id: c.id, rating: 1 });
    // Closed after a low rating, within 7 days of the answer: 重办 still open.
    expect(await act(RESIDENT, 'reopen', { id: c.id, reason: '还是没有解决' })).toMatchObject({ status: 'reopened' });
    expect((await stored(c.id)).reopenCount).toBe(2);
  });

  test('from closed: REOPEN_WINDOW_PASSED after a good rating and once the 7 days have passed', async () => {
    const c = await resolved();
    await act(RESIDENT, 'rate', { id: c.id, rating: 5 });
    await refusedWithoutChange(RESIDENT, 'reopen', { id: c.id, reason: '又坏了' }, 'REOPEN_WINDOW_PASSED');
    await refusedWithoutChange(RESIDENT, 'reopen', { id: 'handling-low-rated-old', reason: '又坏了' }, 'REOPEN_WINDOW_PASSED');
  });

  test('an unsatisfied 回访 reopens the case in the same write', async () => {
    const c = await resolved();
    await act(RESIDENT, 'rate', { id: c.id, rating: 3 });
    expect(await act(ADMIN, 'followUp', { id: c.id, satisfied: 'unsatisfied', note: '居民反映问题仍在' })).toMatchObject({ status: 'reopened' });
    const doc = await stored(c.id);
    expect(doc).toMatchObject({ status: 'reopened', reopenCount: 1, rating: null, followUp: { done: true, satisfied: 'unsatisfied', by: ADMIN }, waitingFor: 'accept' });
    const event = await eventOf(c.id, 'complaint.followed_up');
    expect(event).toMatchObject({ from: 'closed', to: 'reopened' });
    expect(event.recipients.sort()).toEqual([RESIDENT, WORKER].sort());
  });
});

describe('退单 and 派单', () => {
  test('the grid returns a case with a reason; the community dispatches it to another grid, which is told', async () => {
    const c = await fileComplaint(t, RESIDENT);
    await refusedWithoutChange(WORKER, 'returnToCommunity', { id: c.id, reason: '' }, 'INVALID_INPUT');
    await refusedWithoutChange(ADMIN, 'returnToCommunity', { id: c.id, reason: '不是本网格' }, 'FORBIDDEN');
    await refusedWithoutChange(WORKER, 'dispatch', { id: c.id, gridId: 'xinsheng-g2' }, 'FORBIDDEN');
    expect(await act(WORKER, 'returnToCommunity', { id: c.id, reason: '该楼栋不属于本网格' })).toMatchObject({ status: 'returned' });
    let doc = await stored(c.id);
    expect(doc).toMatchObject({ status: 'returned', returned: { reason: '该楼栋不属于本网格', by: WORKER }, leftGrid: true, assigneeOpenid: null });
    expect((await eventOf(c.id, 'complaint.returned')).recipients).toEqual(['@community_admin:xinsheng']);
    await expectTold(c.id, 'complaint.returned', [ADMIN], [WORKER, OTHER_ADMIN]);
    await refusedWithoutChange(WORKER, 'returnToCommunity', { id: c.id, reason: '再退一次' }, 'INVALID_STATE');

    await refusedWithoutChange(ADMIN, 'dispatch', { id: c.id, gridId: 'cuizhu-g1' }, 'INVALID_INPUT');
    await refusedWithoutChange(ADMIN, 'dispatch', { id: c.id, assigneeOpenid: RESIDENT_2 }, 'INVALID_INPUT');
    await refusedWithoutChange(OTHER_ADMIN, 'dispatch', { id: c.id, gridId: 'xinsheng-g2' }, 'NOT_FOUND');
    expect(await act(ADMIN, 'dispatch', { id: c.id, gridId: 'xinsheng-g2' })).toMatchObject({ status: 'submitted' });
    doc = await stored(c.id);
    expect(doc).toMatchObject({ status: 'submitted', gridId: 'xinsheng-g2', gridName: '第二网格', assigneeOpenid: null, returned: null, overdue: null, waitingFor: 'accept' });
    expect(await eventOf(c.id, 'complaint.dispatched')).toMatchObject({ from: 'returned', to: 'submitted', recipients: ['@grid_worker:xinsheng-g2'] });
    await expectTold(c.id, 'complaint.dispatched', [WORKER_GRID_2], [WORKER, ADMIN]);
    // The first grid no longer handles it (it still sees the public case); the second does.
    await refusedWithoutChange(WORKER, 'accept', { id: c.id }, 'FORBIDDEN');
    await act(WORKER_GRID_2, 'accept', { id: c.id });
  });

  test('dispatched to one person: only they are told, and they handle it', async () => {
    const c = await fileComplaint(t, RESIDENT);
    await act(ADMIN, 'dispatch', { id: c.id, assigneeOpenid: WORKER_GRID_2 });
    expect(await stored(c.id)).toMatchObject({ assigneeOpenid: WORKER_GRID_2, assigneeName: '钱网格', gridId: 'xinsheng-g2' });
    expect((await eventOf(c.id, 'complaint.dispatched')).recipients).toEqual([WORKER_GRID_2]);
    await act(WORKER_GRID_2, 'accept', { id: c.id });
    await refusedWithoutChange(ADMIN, 'dispatch', { id: c.id, gridId: 'xinsheng-g1' }, 'INVALID_STATE');
  });
});

describe('延期', () => {
  test('asked once by the handler, within bounds; approved by the community: new due time, 复杂', async () => {
    const c = await accepted();
    const doc = await stored(c.id);
    const tooEarly = new Date(new Date(doc.resolveDueAt!).getTime() - 3600 * 1000).toISOString();
    const tooLate = addWorkingDays(new Date(doc.acceptedAt!), 16).toISOString();
    const until = addWorkingDays(new Date(doc.acceptedAt!), 12).toISOString();
    await refusedWithoutChange(WORKER, 'requestExtension', { id: c.id, until: tooEarly, reason: '需要协调物业' }, 'INVALID_INPUT');
    await refusedWithoutChange(WORKER, 'requestExtension', { id: c.id, until: tooLate, reason: '需要协调物业' }, 'INVALID_INPUT');
    await refusedWithoutChange(ADMIN, 'requestExtension', { id: c.id, until, reason: '需要协调物业' }, 'FORBIDDEN');
    await refusedWithoutChange(ADMIN, 'reviewExtension', { id: c.id, approve: true }, 'INVALID_STATE');

    await act(WORKER, 'requestExtension', { id: c.id, until, reason: '需要协调物业和业委会' });
    expect(await stored(c.id)).toMatchObject({ status: 'accepted', extension: { status: 'pending', reason: '需要协调物业和业委会', requestedBy: WORKER } });
    expect((await eventOf(c.id, 'complaint.extension_requested')).recipients).toEqual(['@community_admin:xinsheng']);
    await expectTold(c.id, 'complaint.extension_requested', [ADMIN], [WORKER, OTHER_ADMIN]);
    await refusedWithoutChange(WORKER, 'requestExtension', { id: c.id, until, reason: '再延一次' }, 'EXTENSION_USED');
    await refusedWithoutChange(WORKER, 'reviewExtension', { id: c.id, approve: true }, 'FORBIDDEN');

    await act(ADMIN, 'reviewExtension', { id: c.id, approve: true });
    const after = await stored(c.id);
    expect(after).toMatchObject({ complex: true, extension: { status: 'approved', reviewedBy: ADMIN } });
    expect(new Date(after.resolveDueAt!).toISOString()).toBe(until);
    expect(new Date(after.dueAt!).toISOString()).toBe(until);
    expect((await eventOf(c.id, 'complaint.extension_approved')).recipients).toEqual([WORKER]);
    await refusedWithoutChange(WORKER, 'requestExtension', { id: c.id, until, reason: '再延一次' }, 'EXTENSION_USED');
  });

  test('refused with a reason: the due time stays', async () => {
    const c = await accepted();
    const doc = await stored(c.id);
    const until = addWorkingDays(new Date(doc.acceptedAt!), 10).toISOString();
    await act(WORKER, 'requestExtension', { id: c.id, until, reason: '需要协调' });
    await refusedWithoutChange(ADMIN, 'reviewExtension', { id: c.id, approve: false }, 'INVALID_INPUT');
    await act(ADMIN, 'reviewExtension', { id: c.id, approve: false, reason: '问题简单，请按期办结' });
    const after = await stored(c.id);
    expect(after).toMatchObject({ complex: false, extension: { status: 'rejected', reviewReason: '问题简单，请按期办结' } });
    expect(new Date(after.resolveDueAt!).getTime()).toBe(new Date(doc.resolveDueAt!).getTime());
    expect((await eventOf(c.id, 'complaint.extension_rejected')).recipients).toEqual([WORKER]);
  });
});

describe('上报 and 吹哨报到', () => {
  test('grid → community → street, each level told; no level above the street', async () => {
    const c = await accepted();
    await refusedWithoutChange(RESIDENT, 'escalate', { id: c.id, reason: '太慢了' }, 'FORBIDDEN');
    await refusedWithoutChange(WORKER, 'escalate', { id: c.id, reason: '' }, 'INVALID_INPUT');
    expect(await act(WORKER, 'escalate', { id: c.id, reason: '涉及多个楼栋，网格解决不了' })).toEqual({ id: c.id, status: 'accepted', level: 'community' });
    expect(await stored(c.id)).toMatchObject({ level: 'community', leftGrid: true });
    expect((await eventOf(c.id, 'complaint.escalated')).recipients).toEqual(['@community_admin:xinsheng']);
    await expectTold(c.id, 'complaint.escalated', [ADMIN], [WORKER, STREET]);
    await refusedWithoutChange(WORKER, 'escalate', { id: c.id, reason: '再上报' }, 'FORBIDDEN');
    expect(await act(ADMIN, 'escalate', { id: c.id, reason: '需要街道协调' })).toMatchObject({ level: 'street' });
    const events = await t.find<{ recipients: string[] }>('events', { itemId: c.id, action: 'complaint.escalated' });
    expect(events.map((event) => event.recipients).flat()).toContain('@street_admin:yunzhong');
    await expectTold(c.id, 'complaint.escalated', [STREET]);
    await refusedWithoutChange(STREET, 'escalate', { id: c.id, reason: '再上报' }, 'INVALID_STATE');
  });

  test('the community summons two departments; each liaison 报到 and 反馈 by position; refusals write nothing', async () => {
    const c = await accepted();
    await refusedWithoutChange(WORKER, 'summon', { id: c.id, departmentIds: ['dept-property'], note: '请物业处理' }, 'FORBIDDEN');
    await refusedWithoutChange(STREET, 'summon', { id: c.id, departmentIds: ['dept-property'], note: '请物业处理' }, 'FORBIDDEN');
    await refusedWithoutChange(ADMIN, 'summon', { id: c.id, departmentIds: ['dept-property', 'dept-nowhere'], note: '请处理' }, 'INVALID_INPUT');
    await refusedWithoutChange(PROPERTY, 'acknowledge', { id: c.id }, 'NOT_FOUND');

    await act(ADMIN, 'summon', { id: c.id, departmentIds: ['dept-property', 'dept-power'], note: '楼道堆物涉及物业和线路' });
    let doc = await stored(c.id);
    expect(doc.summons.map((s) => [s.departmentId, s.status, s.summonedBy])).toEqual([
      ['dept-property', 'summoned', ADMIN],
      ['dept-power', 'summoned', ADMIN],
    ]);
    expect(doc.summonedDepartmentIds).toEqual(['dept-property', 'dept-power']);
    expect(new Date(doc.summons[0]!.dueAt).getTime() - new Date(doc.summons[0]!.summonedAt).getTime()).toBe(120 * 60_000);
    expect(new Date(doc.nextCheckAt!).getTime()).toBe(new Date(doc.summons[0]!.dueAt).getTime());
    expect((await eventOf(c.id, 'complaint.summoned')).recipients.sort()).toEqual(['@department_liaison:dept-power', '@department_liaison:dept-property']);
    await expectTold(c.id, 'complaint.summoned', [POWER, PROPERTY], [ADMIN, WORKER]);
    await refusedWithoutChange(ADMIN, 'summon', { id: c.id, departmentIds: ['dept-power'], note: '再吹一次' }, 'ALREADY_SUMMONED');

    await refusedWithoutChange(PROPERTY, 'reportBack', { id: c.id, result: '已清理' }, 'INVALID_STATE');
    await act(PROPERTY, 'acknowledge', { id: c.id });
    await refusedWithoutChange(PROPERTY, 'acknowledge', { id: c.id }, 'INVALID_STATE');
    doc = await stored(c.id);
    expect(doc.summons.map((s) => s.status)).toEqual(['acknowledged', 'summoned']);
    expect(doc.summons[0]!.acknowledgedAt).not.toBeNull();
    expect((await eventOf(c.id, 'complaint.acknowledged')).recipients.sort()).toEqual([ADMIN, WORKER].sort());

    await refusedWithoutChange(PROPERTY, 'reportBack', { id: c.id, result: '这里有违禁词测试的内容' }, 'CONTENT_REJECTED');
    await act(PROPERTY, 'reportBack', { id: c.id, result: '物业已清理楼道堆物' });
    doc = await stored(c.id);
    expect(doc.summons[0]).toMatchObject({ status: 'reported', result: '物业已清理楼道堆物', photos: [] });
    expect(doc.summons[1]).toMatchObject({ status: 'summoned', result: null });
    await refusedWithoutChange(ADMIN, 'summon', { id: c.id, departmentIds: ['dept-property'], note: '再吹一次' }, 'ALREADY_SUMMONED');

    const detail = await t.ok<ComplaintDetail>(POWER, C, 'get', { id: c.id });
    expect(detail.actions).toContain('acknowledge');
  });

  test('the street summons for a case at the street', async () => {
    const c = await accepted();
    await act(WORKER, 'escalate', { id: c.id, reason: '网格解决不了' });
    await act(ADMIN, 'escalate', { id: c.id, reason: '需要街道协调' });
    await act(STREET, 'summon', { id: c.id, departmentIds: ['dept-power'], note: '请供电所到场' });
    expect((await stored(c.id)).summons).toEqual([expect.objectContaining({ departmentId: 'dept-power', summonedBy: STREET })]);
  });
});

describe('merge, reject, withdraw', () => {
  test('a duplicate merges into an open case: its reporter and supporters become the kept case’s supporters', async () => {
    const kept = await fileComplaint(t, RESIDENT);
    const duplicate = await fileComplaint(t, RESIDENT_2);
    await t.ok('demo-volunteer', C, 'support', { id: duplicate.id });
    await refusedWithoutChange(RESIDENT, 'merge', { id: duplicate.id, intoId: kept.id }, 'FORBIDDEN');
    await refusedWithoutChange(ADMIN, 'merge', { id: duplicate.id, intoId: 'demo-complaint-withdrawn' }, 'INVALID_STATE');
    await refusedWithoutChange(ADMIN, 'merge', { id: duplicate.id, intoId: 'no-such-case' }, 'NOT_FOUND');
    await refusedWithoutChange(OTHER_ADMIN, 'merge', { id: duplicate.id, intoId: kept.id }, 'NOT_FOUND');

    expect(await act(ADMIN, 'merge', { id: duplicate.id, intoId: kept.id })).toMatchObject({ status: 'merged' });
    expect(await stored(duplicate.id)).toMatchObject({ status: 'merged', mergedInto: kept.id, waitingFor: null, nextCheckAt: null });
    const keptDoc = await stored(kept.id);
    expect([...keptDoc.supporters].sort()).toEqual([RESIDENT_2, 'demo-volunteer'].sort());
    expect(keptDoc.supportCount).toBe(2);
    expect((await eventOf(duplicate.id, 'complaint.merged')).recipients.sort()).toEqual([RESIDENT_2, 'demo-volunteer'].sort());
    expect(await eventOf(kept.id, 'complaint.merged')).toMatchObject({ from: 'submitted', to: 'submitted', recipients: [] });
    await refusedWithoutChange(ADMIN, 'merge', { id: duplicate.id, intoId: kept.id }, 'INVALID_STATE');
  });

  test('不予受理 by the community, with where to go instead', async () => {
    const c = await fileComplaint(t, RESIDENT);
    await refusedWithoutChange(WORKER, 'reject', { id: c.id, reason: '不属于社区受理范围' }, 'FORBIDDEN');
    await act(ADMIN, 'reject', { id: c.id, reason: '属于劳动纠纷', redirect: '请到街道劳动保障所咨询' });
    expect(await stored(c.id)).toMatchObject({ status: 'rejected', rejection: { reason: '属于劳动纠纷', redirect: '请到街道劳动保障所咨询', by: ADMIN } });
    expect((await eventOf(c.id, 'complaint.rejected')).recipients).toEqual([RESIDENT]);
    await refusedWithoutChange(ADMIN, 'reject', { id: c.id, reason: '再驳回' }, 'INVALID_STATE');
  });

  test('the reporter withdraws a case being handled (the handler told); not once it is answered, not someone else', async () => {
    const c = await accepted();
    await refusedWithoutChange(RESIDENT_2, 'withdraw', { id: c.id }, 'FORBIDDEN');
    await refusedWithoutChange(OTHER_ADMIN, 'withdraw', { id: c.id }, 'NOT_FOUND');
    expect(await act(RESIDENT, 'withdraw', { id: c.id })).toMatchObject({ status: 'withdrawn' });
    expect(await eventOf(c.id, 'complaint.withdrawn')).toMatchObject({ from: 'accepted', recipients: [WORKER], actorLabel: '居民' });
    const answered = await resolved();
    await refusedWithoutChange(RESIDENT, 'withdraw', { id: answered.id }, 'INVALID_STATE');
  });
});

describe('the other community', () => {
  test('sees and changes nothing of 鑫盛社区’s cases', async () => {
    const c = await accepted();
    for (const [action, input] of [
      ['resolve', { result: '已处理' }],
      ['escalate', { reason: '上报' }],
      ['summon', { departmentIds: ['dept-power'], note: '吹哨' }],
      ['reviewExtension', { approve: true }],
      ['reject', { reason: '不受理' }],
      ['followUp', { satisfied: 'satisfied', note: '回访' }],
    ] as const) {
      await refusedWithoutChange(OTHER_ADMIN, action, { id: c.id, ...input }, 'NOT_FOUND');
    }
  });
});

describe('database operations per call (success path)', () => {
  const READS = ['database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments'];
  const WRITES = ['database.insertDocument', 'database.modifyDocument', 'database.removeDocument', 'database.modifyAndReturnDoc'];
  const count = (before: Record<string, number>, after: Record<string, number>, names: string[]) =>
    names.reduce((sum, name) => sum + (after[name] ?? 0) - (before[name] ?? 0), 0);

  async function measured(openid: string, action: string, input: Record<string, unknown>): Promise<[number, number]> {
    const before = t.cloud.databaseRequests();
    await act(openid, action, input);
    const after = t.cloud.databaseRequests();
    return [count(before, after, READS), count(before, after, WRITES)];
  }

  /**
   * [reads, writes]: the caller and the case (2 R), the guarded update carrying the event in the outbox and
   * the add of the event (2 W) — 4 operations. The entry stays in the outbox for the scheduler's replay, and
   * role holders are told by audience key, so no one is read to find whom to tell. dispatch reads the case
   * with the grid and the person it goes to in one aggregate. Beyond the 4: summon reads the departments (4 +
   * one per department); merge reads and writes two cases in one transaction (the caller, then the two cases
   * read, updated and their events added inside it). create is the caller, the case's add and the event's (the
   * grid's workers told by key); support is the caller, the case, the guarded push and the event.
   */
  test('each action stays within its budget', async () => {
    const seen: Record<string, [number, number]> = {};
    seen.create = await measured(RESIDENT, 'create', complaintInput());
    const a = await fileComplaint(t, RESIDENT);
    seen.support = await measured(RESIDENT_2, 'support', { id: a.id });
    seen.returnToCommunity = await measured(WORKER, 'returnToCommunity', { id: a.id, reason: '不是本网格' });
    seen['dispatch {gridId}'] = await measured(ADMIN, 'dispatch', { id: a.id, gridId: 'xinsheng-g1' });
    seen.accept = await measured(WORKER, 'accept', { id: a.id });
    const until = addWorkingDays(new Date(), 10).toISOString();
    seen.requestExtension = await measured(WORKER, 'requestExtension', { id: a.id, until, reason: '需要协调' });
    seen.reviewExtension = await measured(ADMIN, 'reviewExtension', { id: a.id, approve: true });
    seen.escalate = await measured(WORKER, 'escalate', { id: a.id, reason: '网格解决不了' });
    seen['summon (2 departments)'] = await measured(ADMIN, 'summon', { id: a.id, departmentIds: ['dept-property', 'dept-power'], note: '请到场' });
    seen.acknowledge = await measured(PROPERTY, 'acknowledge', { id: a.id });
    seen.reportBack = await measured(PROPERTY, 'reportBack', { id: a.id, result: '已处理' });
    seen.resolve = await measured(WORKER, 'resolve', { id: a.id, result: '已处理完毕' });
    seen.rate = await measured(RESIDENT, 'rate', { id: a.id, rating: 2 });
    seen.followUp = await measured(WORKER, 'followUp', { id: a.id, satisfied: 'basically', note: '已回访' });
    seen.reopen = await measured(RESIDENT, 'reopen', { id: a.id, reason: '还有问题' });
    const b = await fileComplaint(t, RESIDENT);
    seen['dispatch {assigneeOpenid}'] = await measured(ADMIN, 'dispatch', { id: b.id, assigneeOpenid: WORKER });
    await t.ok(WORKER, 'complaints', 'returnToCommunity', { id: b.id, reason: '不是本网格' });
    seen['dispatch {gridId, assigneeOpenid}'] = await measured(ADMIN, 'dispatch', { id: b.id, gridId: 'xinsheng-g1', assigneeOpenid: WORKER });
    seen.withdraw = await measured(RESIDENT, 'withdraw', { id: b.id });
    const c = await fileComplaint(t, RESIDENT);
    seen.reject = await measured(ADMIN, 'reject', { id: c.id, reason: '不属于受理范围' });
    const [kept, duplicate] = [await fileComplaint(t, RESIDENT), await fileComplaint(t, RESIDENT_2)];
    seen.merge = await measured(ADMIN, 'merge', { id: duplicate.id, intoId: kept.id });
    expect(seen).toEqual({
      create: [1, 2],
      support: [2, 2],
      returnToCommunity: [2, 2],
      'dispatch {gridId}': [2, 2],
      accept: [2, 2],
      requestExtension: [2, 2],
      reviewExtension: [2, 2],
      escalate: [2, 2],
      'summon (2 departments)': [3, 2],
      acknowledge: [2, 2],
      reportBack: [2, 2],
      resolve: [2, 2],
      rate: [2, 2],
      followUp: [2, 2],
      reopen: [2, 2],
      'dispatch {assigneeOpenid}': [2, 2],
      'dispatch {gridId, assigneeOpenid}': [2, 2],
      withdraw: [2, 2],
      reject: [2, 2],
      merge: [3, 4],
    });
  });
});
