import type { ComplaintCard, ComplaintDetail, ComplaintPage, DepartmentView, QueueCard } from '@contract/complaint';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { complaintInput, fileComplaint } from './complaint-helpers';

const C = 'complaints';
const WATCHED = ['complaints', 'events', 'users', 'media_checks'];

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ instancesPerFunction: 4 });
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
    expect(created!.recipients).toEqual(['demo-gridworker']);
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

  test('a location is stored as a geo point', async () => {
    const c = await fileComplaint(t, 'demo-resident', { location: { latitude: 31.2, longitude: 121.4, address: '南门' } });
    expect(c.location).toEqual({ latitude: 31.2, longitude: 121.4, address: '南门' });
    const [stored] = await t.find<StoredComplaint>('complaints', { _id: c.id });
    expect(stored!.point).toBeTruthy();
  });
});
