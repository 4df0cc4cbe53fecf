import type { ComplaintCard, ComplaintDetail, ComplaintPage, DepartmentView, QueueCard } from '@contract/complaint';
import type { ComplaintDoc } from '@contract/complaint';
import type { UserDoc } from '@contract/user';
import { demoSeed } from '../../emulator/seed';
import type { SeedDocuments } from '../../emulator/seed';
import { complaintDoc, departmentDocs } from '../../emulator/seed/complaint-factories';
import { demoOrg } from '../../emulator/seed/demo-world';
import { placementOf, userDoc } from '../../emulator/seed/factories';
import { mediaCheckPushEvent } from '../../emulator/openapi/media-check';
import { connectSdk } from '../../emulator/testing';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { complaintInput, fileComplaint } from './complaint-helpers';
import { uploadPhoto } from './wish-helpers';

const C = 'complaints';
const WATCHED = ['complaints', 'events', 'users', 'media_checks'];

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const NEIGHBOURS = Array.from({ length: 50 }, (_, index) => `test-neighbour-${String(index).padStart(2, '0')}`);
const CUIZHU_WORKER = 'test-gridworker-cuizhu-2';

/** The demo world, plus 50 neighbours for 同问, a grid of 翠竹园 with 25 open cases, and a few cases only a seed can make. */
function seed(now: Date): SeedDocuments {
  const base = demoSeed(now);
  const org = demoOrg();
  const [property] = departmentDocs('yunzhong');
  const neighbours = NEIGHBOURS.map((openid, index) =>
    userDoc({ openid, name: `邻居${index}`, phone: `1390000${String(index).padStart(4, '0')}`, room: `1单元${index}`, placement: placementOf(org, 'xinsheng-b02') }, now),
  );
  const worker = userDoc({ openid: CUIZHU_WORKER, name: '钱网格', placement: placementOf(org, 'cuizhu-b04'), roles: ['resident', 'grid_worker'] }, now);
  const cuizhuResident = userDoc({ openid: 'test-resident-cuizhu', name: '孙翠竹', phone: '13900001111', room: '8单元808', placement: placementOf(org, 'cuizhu-b05') }, now);
  const resident2 = (base.users as unknown as UserDoc[]).find((u) => u._id === 'demo-resident-2')!;
  const resident = (base.users as unknown as UserDoc[]).find((u) => u._id === 'demo-resident')!;
  const paged: ComplaintDoc[] = Array.from({ length: 25 }, (_, index) =>
    complaintDoc(org, { id: `test-paged-${String(index).padStart(2, '0')}`, category: '环境卫生', text: `翠竹园第${index}件`, status: 'submitted', reporter: cuizhuResident, at: new Date(now.getTime() - index * 2 * HOUR) }),
  );
  const extra: ComplaintDoc[] = [
    complaintDoc(org, {
      id: 'test-old-fire',
      category: '消防安全',
      text: '一个多月前的消防问题',
      status: 'submitted',
      reporter: resident,
      buildingId: 'xinsheng-b06',
      location: { latitude: 31.3, longitude: 121.5 },
      at: new Date(now.getTime() - 31 * DAY),
    }),
    complaintDoc(org, { id: 'test-street-level', category: '设施维修', text: '需要街道协调的问题', status: 'accepted', reporter: resident2, level: 'street', at: new Date(now.getTime() - 3 * DAY) }),
    complaintDoc(org, {
      id: 'test-anonymous-summoned',
      category: '物业服务',
      text: '物业长期不处理漏水',
      status: 'accepted',
      reporter: resident,
      anonymous: true,
      level: 'community',
      summons: [{ department: property!, status: 'summoned' }],
      at: new Date(now.getTime() - 2 * HOUR),
    }),
  ];
  return {
    ...base,
    users: [...base.users, ...(neighbours as unknown as SeedDocuments[string]), worker as unknown as SeedDocuments[string][number], cuizhuResident as unknown as SeedDocuments[string][number]],
    complaints: [...base.complaints!, ...([...paged, ...extra] as unknown as SeedDocuments[string])],
  };
}

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: seed(new Date()), instancesPerFunction: 4 });
});
afterAll(async () => {
  await t.stop();
});

async function refusedWithoutChange(openid: string, action: string, input: Record<string, unknown>, code: string) {
  const before = await t.snapshot(WATCHED);
  const reply = await t.call(openid, C, action, input);
  expect(reply).toMatchObject({ ok: false, error: { code } });
  expect(await t.snapshot(WATCHED)).toEqual(before);
}

interface StoredComplaint {
  _id: string;
  status: string;
  source: string;
  reporter: { openid: string | null; name: string; phone: string | null; room: string | null };
  filedByOpenid: string;
  gridId: string;
  supporters: string[];
  supportCount: number;
  public: boolean;
  point: unknown;
}

describe('create', () => {
  test('a resident files a case: submitted at the grid, due for 签收, and the grid worker is told', async () => {
    const c = await fileComplaint(t, 'demo-resident');
    expect(c).toMatchObject({ status: 'submitted', level: 'grid', source: 'resident', reporterMasked: '王**', mine: true, gridName: '第一网格', waitingFor: 'accept' });
    expect(c.reporter).toMatchObject({ name: '王秀英' });
    expect(c.acceptDueAt).not.toBeNull();
    expect(c.actions).toContain('withdraw');
    const [created] = await t.find<{ recipients: string[]; from: string | null; to: string }>('events', { itemId: c.id, action: 'complaint.created' });
    expect(created).toMatchObject({ from: null, to: 'submitted' });
    expect(created!.recipients).toEqual(['@grid_worker:xinsheng-g1']);
    const inbox = await t.ok<{ items: Array<{ itemId: string; action: string }> }>('demo-gridworker', 'inbox', 'list');
    expect(inbox.items.filter((item) => item.itemId === c.id).map((item) => item.action)).toEqual(['complaint.created']);
    const [stored] = await t.find<StoredComplaint>('complaints', { _id: c.id });
    expect(stored).toMatchObject({ supporters: [], supportCount: 0, public: true, point: null, filedByOpenid: 'demo-resident' });
  });

  test('a retried call (also 5 at once) with the same clientRequestId lands on one case with one event', async () => {
    const input = complaintInput();
    const first = await t.ok<ComplaintDetail>('demo-resident', C, 'create', input);
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => t.ok<ComplaintDetail>('demo-resident', C, 'create', input)));
    expect(new Set([first.id, ...concurrent.map((c) => c.id)]).size).toBe(1);
    expect(await t.find('complaints', { clientRequestId: input.clientRequestId })).toHaveLength(1);
    expect(await t.find('events', { itemId: first.id, action: 'complaint.created' })).toHaveLength(1);
  });

  test('text that fails the content check is refused and nothing is stored', async () => {
    await refusedWithoutChange('demo-resident', 'create', complaintInput({ text: '这里有违禁词测试的内容' }), 'CONTENT_REJECTED');
  });

  test('a building of another community is refused; one of the caller’s community decides the grid', async () => {
    await refusedWithoutChange('demo-resident', 'create', complaintInput({ buildingId: 'cuizhu-b01' }), 'INVALID_INPUT');
    await refusedWithoutChange('demo-resident', 'create', complaintInput({ buildingId: 'no-such-building' }), 'INVALID_INPUT');
    const c = await fileComplaint(t, 'demo-resident', { buildingId: 'xinsheng-b05' });
    expect(c).toMatchObject({ gridName: '第二网格', buildingName: '鑫盛小区5号楼' });
  });

  test('a grid worker files for a resident of their grid (帮办代办); not for one of another grid', async () => {
    const c = await fileComplaint(t, 'demo-gridworker', { onBehalfOf: { name: '徐德明', phone: '13700000011', room: '1单元102', buildingId: 'xinsheng-b03' } });
    expect(c).toMatchObject({ source: 'on_behalf', reporterMasked: '徐**', mine: true, buildingName: '鑫盛小区3号楼' });
    const [stored] = await t.find<StoredComplaint>('complaints', { _id: c.id });
    expect(stored!.reporter).toEqual({ openid: null, name: '徐德明', phone: '13700000011', room: '1单元102' });
    const registered = await fileComplaint(t, 'demo-gridworker', { onBehalfOf: { openid: 'demo-resident' } });
    expect(registered).toMatchObject({ source: 'on_behalf', reporterMasked: '王**' });
    await refusedWithoutChange('demo-gridworker', 'create', complaintInput({ onBehalfOf: { name: '李四', buildingId: 'xinsheng-b05' } }), 'FORBIDDEN');
    await refusedWithoutChange('demo-resident', 'create', complaintInput({ onBehalfOf: { name: '李四', buildingId: 'xinsheng-b01' } }), 'FORBIDDEN');
  });

  test('a grid worker files from a patrol (网格巡查) as the reporter; a resident may not', async () => {
    const c = await fileComplaint(t, 'demo-gridworker', { patrol: true, buildingId: 'xinsheng-b02' });
    expect(c).toMatchObject({ source: 'patrol', reporterMasked: '张**' });
    await refusedWithoutChange('demo-resident', 'create', complaintInput({ patrol: true }), 'FORBIDDEN');
  });

  test('an anonymous case shows 匿名 and is kept off the wall', async () => {
    const c = await fileComplaint(t, 'demo-resident', { anonymous: true });
    expect(c.reporterMasked).toBe('匿名');
    const [stored] = await t.find<StoredComplaint>('complaints', { _id: c.id });
    expect(stored!.public).toBe(false);
  });

  test('photos are checked: someone else’s file is refused; a failed verdict hides the photo, with its event', async () => {
    const theirs = await uploadPhoto(t, 'wishes/demo-resident-2/20260101/theirs.jpg');
    await refusedWithoutChange('demo-resident', 'create', complaintInput({ photos: [theirs] }), 'INVALID_INPUT');
    const kept = await uploadPhoto(t, 'wishes/demo-resident/20260101/exit.jpg');
    const bad = await uploadPhoto(t, 'wishes/demo-resident/20260101/bad-exit.jpg');
    const c = await fileComplaint(t, 'demo-resident', { photos: [kept, bad] });
    expect(c).toMatchObject({ photos: [kept, bad], coverPhoto: kept });
    const checks = await t.find<{ _id: string; fileID: string; itemType: string }>('media_checks', { itemId: c.id });
    expect(checks.map((check) => check.itemType)).toEqual(['complaint', 'complaint']);
    await t.cloud.callFunction('wishes', mediaCheckPushEvent(checks.find((check) => check.fileID === bad)!._id, 'risky'));
    expect((await t.ok<ComplaintDetail>('demo-resident', C, 'get', { id: c.id })).photos).toEqual([kept]);
    const [hidden] = await t.find<{ recipients: string[] }>('events', { itemId: c.id, action: 'complaint.photo_hidden' });
    expect(hidden).toMatchObject({ recipients: ['demo-resident'] });
  });

  test('a failed verdict hides a photo of the answer (答复) or of a department’s report, where it is kept', async () => {
    const org = demoOrg();
    const [, power] = departmentDocs('yunzhong');
    const users = demoSeed(new Date()).users as unknown as UserDoc[];
    const resident = users.find((u) => u._id === 'demo-resident')!;
    const doc = complaintDoc(org, { id: 'test-photo-answer', category: '设施维修', text: '路灯坏了', status: 'resolved', reporter: resident, summons: [{ department: power!, status: 'reported' }], at: new Date(Date.now() - DAY) });
    const answer = 'cloud://env.bucket/wishes/demo-gridworker/answer.jpg';
    const report = 'cloud://env.bucket/wishes/demo-dept-power/report.jpg';
    doc.resolution!.photos = [answer];
    doc.summons[0]!.photos = [report];
    const { db } = connectSdk(t.cloud);
    await db.collection('complaints').add({ data: doc as unknown as Record<string, unknown> });
    const check = (id: string, fileID: string, itemType: string, openid: string) => ({
      _id: id, traceId: id, fileID, itemType, itemId: doc._id, openid, status: 'pending', requestedAt: new Date(), verdictAt: null,
    });
    await db.collection('media_checks').add({ data: check('trace-answer', answer, 'complaint_result', 'demo-gridworker') });
    await db.collection('media_checks').add({ data: check('trace-report', report, 'summon_report', 'demo-dept-power') });
    await t.cloud.callFunction('complaints', mediaCheckPushEvent('trace-answer', 'risky'));
    await t.cloud.callFunction('complaints', mediaCheckPushEvent('trace-report', 'review'));
    const [stored] = await t.find<ComplaintDoc>('complaints', { _id: doc._id });
    expect(stored!.resolution!.photos).toEqual([]);
    expect(stored!.summons[0]!.photos).toEqual([]);
    expect(await t.count('events', { itemId: doc._id, action: 'complaint.photo_hidden' })).toBe(2);
  });

  test('a location is stored as a geo point', async () => {
    const c = await fileComplaint(t, 'demo-resident', { location: { latitude: 31.2, longitude: 121.4, address: '南门' } });
    expect(c.location).toEqual({ latitude: 31.2, longitude: 121.4, address: '南门' });
    const [stored] = await t.find<StoredComplaint>('complaints', { _id: c.id });
    expect(stored!.point).toBeTruthy();
  });
});

describe('similar', () => {
  const HERE = { latitude: 31.2304, longitude: 121.4737 };
  /** `metres` east of HERE. */
  const east = (metres: number) => ({ latitude: HERE.latitude, longitude: HERE.longitude + metres / ((Math.PI / 180) * 6_378_100 * Math.cos(HERE.latitude * (Math.PI / 180))) });

  test('open public cases of the category in the building or within 50 m; not private, anonymous, other categories or older than 30 days', async () => {
    const inBuilding = await fileComplaint(t, 'demo-resident', { category: '消防安全', buildingId: 'xinsheng-b06' });
    const near = await fileComplaint(t, 'demo-resident-2', { category: '消防安全', location: east(30) });
    const far = await fileComplaint(t, 'demo-resident-2', { category: '消防安全', location: east(80) });
    const hidden = await fileComplaint(t, 'demo-resident', { category: '消防安全', buildingId: 'xinsheng-b06', private: true });
    const anonymous = await fileComplaint(t, 'demo-resident', { category: '消防安全', buildingId: 'xinsheng-b06', anonymous: true });
    const other = await fileComplaint(t, 'demo-resident', { category: '噪音扰民', buildingId: 'xinsheng-b06', location: east(10) });
    const found = await t.ok<ComplaintCard[]>('demo-volunteer', C, 'similar', { category: '消防安全', buildingId: 'xinsheng-b06', location: { ...HERE } });
    const ids = found.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([inBuilding.id, near.id]));
    for (const absent of [far.id, hidden.id, anonymous.id, other.id, 'test-old-fire']) expect(ids).not.toContain(absent);
    expect(ids.indexOf(near.id)).toBeLessThan(ids.indexOf(inBuilding.id));
    expect(JSON.stringify(found)).not.toMatch(/王秀英|李建国|单元|138\d{8}/);
  });

  test('the caller’s own building by default; another community’s cases never', async () => {
    const mine = await fileComplaint(t, 'demo-resident', { category: '停车管理' });
    const found = await t.ok<ComplaintCard[]>('demo-building-leader', C, 'similar', { category: '停车管理' });
    expect(found.map((c) => c.id)).toContain(mine.id);
    const elsewhere = await t.ok<ComplaintCard[]>('demo-admin-2', C, 'similar', { category: '停车管理', buildingId: 'xinsheng-b01' });
    expect(elsewhere).toEqual([]);
  });
});

describe('support (同问)', () => {
  test('once per person: a second 同问 is refused and changes nothing; the reporter cannot', async () => {
    const c = await fileComplaint(t, 'demo-resident', { category: '设施维修' });
    await t.ok('demo-resident-2', C, 'support', { id: c.id });
    await refusedWithoutChange('demo-resident-2', 'support', { id: c.id }, 'ALREADY_SUPPORTED');
    await refusedWithoutChange('demo-resident', 'support', { id: c.id }, 'FORBIDDEN');
    await refusedWithoutChange('demo-admin-2', 'support', { id: c.id }, 'NOT_FOUND');
    await refusedWithoutChange('demo-resident-2', 'support', { id: 'no-such-case' }, 'NOT_FOUND');
    const detail = await t.ok<ComplaintDetail>('demo-resident-2', C, 'get', { id: c.id });
    expect(detail).toMatchObject({ supportCount: 1, supported: true, status: 'submitted' });
    expect(detail.actions).not.toContain('support');
    expect(await t.find('events', { itemId: c.id, action: 'complaint.supported' })).toHaveLength(1);
  });

  test('a private or anonymous case cannot be 同问-ed', async () => {
    const hidden = await fileComplaint(t, 'demo-resident', { private: true });
    await refusedWithoutChange('demo-resident-2', 'support', { id: hidden.id }, 'NOT_FOUND');
    const anonymous = await fileComplaint(t, 'demo-resident', { anonymous: true });
    await refusedWithoutChange('demo-resident-2', 'support', { id: anonymous.id }, 'NOT_FOUND');
  });

  test('50 neighbours at once: supportCount is exactly 50, with 50 supporters and 50 events', async () => {
    const c = await fileComplaint(t, 'demo-resident', { category: '环境卫生' });
    await t.warm(C, 'departments', 4);
    const replies = await Promise.all(NEIGHBOURS.map((openid) => t.call(openid, C, 'support', { id: c.id })));
    expect(replies.filter((reply) => reply.ok)).toHaveLength(50);
    const [stored] = await t.find<StoredComplaint>('complaints', { _id: c.id });
    expect(stored!.supportCount).toBe(50);
    expect([...stored!.supporters].sort()).toEqual(NEIGHBOURS);
    expect(stored!.status).toBe('submitted');
    expect(await t.count('events', { itemId: c.id, action: 'complaint.supported' })).toBe(50);
  });
});

describe('list (the community wall)', () => {
  test('public cases only: never anonymous, private or 邻里纠纷 / 治安; masked reporters; no phone or room anywhere', async () => {
    const shown = await fileComplaint(t, 'demo-resident', { category: '楼道堆物' });
    const anonymous = await fileComplaint(t, 'demo-resident', { anonymous: true });
    const hidden = await fileComplaint(t, 'demo-resident', { private: true });
    const dispute = await fileComplaint(t, 'demo-resident', { category: '邻里纠纷' });
    const security = await fileComplaint(t, 'demo-resident', { category: '治安' });
    const page = await t.ok<ComplaintPage>('demo-resident-2', C, 'list', {});
    const ids = page.items.map((c) => c.id);
    expect(ids).toContain(shown.id);
    for (const absent of [anonymous.id, hidden.id, dispute.id, security.id, 'demo-complaint-noise', 'demo-complaint-withdrawn']) expect(ids).not.toContain(absent);
    expect(page.items.find((c) => c.id === shown.id)).toMatchObject({ reporterMasked: '王**' });
    expect(page.items.every((c) => c.communityName === '鑫盛社区')).toBe(true);
    expect(page.items.length).toBeLessThanOrEqual(20);
    const json = JSON.stringify(page);
    expect(json).not.toMatch(/王秀英|李建国|刘桂兰|单元|(?<!\d)1[3-9]\d{9}(?!\d)|"phone"|"room"|"reporter"/);
    const privateCategory = await t.ok<ComplaintPage>('demo-resident-2', C, 'list', { category: '邻里纠纷' });
    expect(privateCategory.items).toEqual([]);
  });

  test('newest first, by category and status, paged; another community sees none of it', async () => {
    const page = await t.ok<ComplaintPage>('demo-resident-2', C, 'list', { category: '楼道堆物' });
    expect(page.items.every((c) => c.category === '楼道堆物')).toBe(true);
    const dates = page.items.map((c) => c.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    const withdrawn = await t.ok<ComplaintPage>('demo-resident-2', C, 'list', { status: 'withdrawn' });
    expect(withdrawn.items.map((c) => c.id)).toContain('demo-complaint-withdrawn');
    const cuizhu = await t.ok<ComplaintPage>('demo-admin-2', C, 'list', {});
    expect(cuizhu.items.every((c) => c.communityName === '翠竹园社区')).toBe(true);
    const first = await t.ok<ComplaintPage>('demo-admin-2', C, 'list', {});
    expect(first.items).toHaveLength(20);
    const second = await t.ok<ComplaintPage>('demo-admin-2', C, 'list', { cursor: first.nextCursor });
    expect(second.items).toHaveLength(5);
    expect(new Set([...first.items, ...second.items].map((c) => c.id)).size).toBe(25);
  });
});

describe('departments', () => {
  test('staff see the street’s departments in order; a resident is refused', async () => {
    const list = await t.ok<DepartmentView[]>('demo-admin', C, 'departments', {});
    expect(list.map((d) => d.name)).toEqual(['鑫盛物业', '云中路供电所', '园林绿化所', '云中路派出所', '城管中队']);
    expect(list[0]).toEqual({ id: 'dept-property', name: '鑫盛物业', duty: '物业管理', reportLimitMinutes: 120 });
    expect(await t.ok<DepartmentView[]>('demo-street-admin', C, 'departments', {})).toHaveLength(5);
    expect(await t.ok<DepartmentView[]>('demo-dept-power', C, 'departments', {})).toHaveLength(5);
    await refusedWithoutChange('demo-resident', 'departments', {}, 'FORBIDDEN');
  });
});

describe('mine', () => {
  test('what the caller reported or filed, newest first; nobody else’s', async () => {
    const own = await fileComplaint(t, 'demo-volunteer-2', { category: '其他' });
    const forResident = await fileComplaint(t, 'demo-building-leader', { onBehalfOf: { openid: 'demo-resident' } });
    const volunteer = await t.ok<ComplaintPage>('demo-volunteer-2', C, 'mine', {});
    expect(volunteer.items.map((c) => c.id)).toEqual([own.id]);
    const leader = await t.ok<ComplaintPage>('demo-building-leader', C, 'mine', {});
    expect(leader.items[0]!.id).toBe(forResident.id);
    const resident = await t.ok<ComplaintPage>('demo-resident', C, 'mine', {});
    expect(resident.items.map((c) => c.id)).toContain(forResident.id);
    expect((await t.ok<ComplaintPage>('demo-admin-2', C, 'mine', {})).items).toEqual([]);
  });
});

describe('get', () => {
  test('the case with its timeline and actions; another community and a missing id are both NOT_FOUND', async () => {
    const c = await fileComplaint(t, 'demo-resident');
    const detail = await t.ok<ComplaintDetail>('demo-resident', C, 'get', { id: c.id });
    expect(detail.timeline.map((e) => e.action)).toEqual(['complaint.created']);
    expect(detail.mine).toBe(true);
    const worker = await t.ok<ComplaintDetail>('demo-gridworker', C, 'get', { id: c.id });
    expect(worker.actions).toContain('accept');
    await refusedWithoutChange('demo-admin-2', 'get', { id: c.id }, 'NOT_FOUND');
    await refusedWithoutChange('demo-resident', 'get', { id: 'no-such-case' }, 'NOT_FOUND');
    const seeded = await t.ok<ComplaintDetail>('demo-resident', C, 'get', { id: 'demo-complaint-corridor' });
    expect(seeded.timeline.map((e) => e.action)).toEqual(['complaint.created', 'complaint.accepted', 'complaint.resolved', 'complaint.rated']);
  });

  test('a private case: the reporter and staff only', async () => {
    const c = await fileComplaint(t, 'demo-resident', { private: true });
    await refusedWithoutChange('demo-resident-2', 'get', { id: c.id }, 'NOT_FOUND');
    await t.ok('demo-gridworker', C, 'get', { id: c.id });
    await t.ok('demo-admin', C, 'get', { id: c.id });
  });

  test('an anonymous reporter: hidden from the grid worker (the room only), shown in full to the community admin', async () => {
    const c = await fileComplaint(t, 'demo-resident', { anonymous: true });
    const worker = await t.ok<ComplaintDetail>('demo-gridworker', C, 'get', { id: c.id });
    expect(worker.reporter).toEqual({ name: '匿名', phone: null, room: '2单元301' });
    expect(JSON.stringify(worker)).not.toMatch(/王秀英|13800000001/);
    const admin = await t.ok<ComplaintDetail>('demo-admin', C, 'get', { id: c.id });
    expect(admin.reporter).toEqual({ name: '王秀英', phone: '13800000001', room: '2单元301' });
    const reporter = await t.ok<ComplaintDetail>('demo-resident', C, 'get', { id: c.id });
    expect(reporter.reporter).toMatchObject({ name: '王秀英' });
    await refusedWithoutChange('demo-resident-2', 'get', { id: c.id }, 'NOT_FOUND');
  });

  test('a liaison sees the room of an anonymous reporter, not the phone; the phone of one who is not anonymous; nothing unsummoned', async () => {
    const anonymous = await t.ok<ComplaintDetail>('demo-dept-property', C, 'get', { id: 'test-anonymous-summoned' });
    expect(anonymous.reporter).toEqual({ name: '匿名', phone: null, room: '2单元301' });
    expect(anonymous.actions).toContain('acknowledge');
    const open = await t.ok<ComplaintDetail>('demo-dept-power', C, 'get', { id: 'demo-complaint-power-cut' });
    expect(open.reporter).toEqual({ name: '李建国', phone: '13800000002', room: '1单元502' });
    await refusedWithoutChange('demo-dept-power', 'get', { id: 'test-anonymous-summoned' }, 'NOT_FOUND');
  });
});

describe('queue', () => {
  const cards = (page: ComplaintPage<QueueCard>) => page.items;

  test('a grid worker sees their grid; a community admin their community; a resident is refused', async () => {
    const grid = cards(await t.ok<ComplaintPage<QueueCard>>('demo-gridworker', C, 'queue', {}));
    expect(grid.length).toBeGreaterThan(0);
    expect(grid.every((c) => c.gridName === '第一网格' && c.waitingFor !== null)).toBe(true);
    const community = cards(await t.ok<ComplaintPage<QueueCard>>('demo-admin', C, 'queue', { level: 'community' }));
    expect(community.map((c) => c.id)).toEqual(expect.arrayContaining(['demo-complaint-power-cut', 'demo-complaint-streetlight']));
    expect(community.every((c) => c.communityName === '鑫盛社区' && c.level === 'community')).toBe(true);
    await refusedWithoutChange('demo-resident', 'queue', {}, 'FORBIDDEN');
    await refusedWithoutChange('demo-admin', 'queue', { communityId: 'cuizhu' }, 'FORBIDDEN');
  });

  test('the anonymous reporter’s name is on the community admin’s card only', async () => {
    const admin = cards(await t.ok<ComplaintPage<QueueCard>>('demo-admin', C, 'queue', { level: 'community', waiting: 'resolve' }));
    expect(admin.find((c) => c.id === 'test-anonymous-summoned')).toMatchObject({ reporterName: '王秀英', reporterMasked: '匿名' });
    const liaison = cards(await t.ok<ComplaintPage<QueueCard>>('demo-dept-property', C, 'queue', {}));
    expect(liaison.find((c) => c.id === 'test-anonymous-summoned')).toMatchObject({ reporterName: null });
  });

  test('a street admin sees the street level, and read-only one community of the street', async () => {
    const street = cards(await t.ok<ComplaintPage<QueueCard>>('demo-street-admin', C, 'queue', {}));
    expect(street.map((c) => c.id)).toEqual(['test-street-level']);
    const cuizhu = cards(await t.ok<ComplaintPage<QueueCard>>('demo-street-admin', C, 'queue', { communityId: 'cuizhu' }));
    expect(cuizhu.length).toBe(20);
    expect(cuizhu.every((c) => c.communityName === '翠竹园社区')).toBe(true);
    expect(cards(await t.ok<ComplaintPage<QueueCard>>('demo-street-admin', C, 'queue', { communityId: 'elsewhere' }))).toEqual([]);
  });

  test('a liaison sees the cases summoned to their department, by summon state', async () => {
    const power = cards(await t.ok<ComplaintPage<QueueCard>>('demo-dept-power', C, 'queue', { waiting: 'acknowledge' }));
    expect(power.map((c) => c.id)).toEqual(['demo-complaint-power-cut']);
    expect(cards(await t.ok<ComplaintPage<QueueCard>>('demo-dept-power', C, 'queue', { waiting: 'report' }))).toEqual([]);
    const property = await t.ok<ComplaintPage<QueueCard>>('demo-dept-property', C, 'queue', { waiting: 'acknowledge' });
    expect(property.items.map((c) => c.id)).toEqual(['test-anonymous-summoned']);
    const reporting = await t.ok<ComplaintPage<QueueCard>>('demo-dept-property', C, 'queue', { waiting: 'report' });
    expect(reporting.items.map((c) => c.id)).toEqual(['demo-complaint-power-cut']);
    expect(reporting.items[0]!.summons.map((s) => s.departmentName).sort()).toEqual(['云中路供电所', '鑫盛物业'].sort());
  });

  test('overdue first, then by due time; 25 cases page as 20 + 5; overdue alone', async () => {
    const first = await t.ok<ComplaintPage<QueueCard>>(CUIZHU_WORKER, C, 'queue', {});
    expect(first.items).toHaveLength(20);
    const second = await t.ok<ComplaintPage<QueueCard>>(CUIZHU_WORKER, C, 'queue', { cursor: first.nextCursor });
    expect(second.items).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((c) => c.id)).size).toBe(25);
    const due = all.map((c) => c.dueAt!);
    expect([...due].sort()).toEqual(due);
    expect(all[0]!.id).toBe('test-paged-24');
    const now = new Date().toISOString();
    const overdue = await t.ok<ComplaintPage<QueueCard>>(CUIZHU_WORKER, C, 'queue', { overdue: true });
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((c) => c.dueAt! < now)).toBe(true);
    expect(overdue.items.length).toBe(all.filter((c) => c.dueAt! < now).length);
    await refusedWithoutChange(CUIZHU_WORKER, 'queue', { cursor: 'not a cursor' }, 'INVALID_INPUT');
  });

  test('by status and by what it waits for', async () => {
    const accepted = cards(await t.ok<ComplaintPage<QueueCard>>('demo-admin', C, 'queue', { status: 'accepted' }));
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.every((c) => c.status === 'accepted')).toBe(true);
    const followUp = cards(await t.ok<ComplaintPage<QueueCard>>('demo-gridworker', C, 'queue', { waiting: 'followUp' }));
    expect(followUp.map((c) => c.id)).toEqual(['demo-complaint-corridor']);
    const withdrawn = cards(await t.ok<ComplaintPage<QueueCard>>('demo-gridworker', C, 'queue', { status: 'withdrawn' }));
    expect(withdrawn.map((c) => c.id)).toContain('demo-complaint-withdrawn');
  });
});
