/**
 * A month larger than one read (CloudBase answers at most 1,000 documents a query): the scheduler's count and the
 * 台账 page through all of it, so neither stops at the first thousand.
 */
import { Workbook } from 'exceljs';
import type { ComplaintDoc } from '@contract/complaint';
import type { Dashboard, LedgerFile } from '@contract/report';
import { monthOf } from '@contract/report-month';
import type { UserDoc } from '@contract/user';
import { demoSeed } from '../../emulator/seed';
import { complaintDoc } from '../../emulator/seed/complaint-factories';
import { demoOrg } from '../../emulator/seed/demo-world';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

const EXTRA = 2_345;
let t: TestCloud;
let month: string;
/** Cases of 鑫盛社区 received this month: the demo's and the extra ones. */
let inMonth: number;

beforeAll(async () => {
  const now = new Date();
  month = monthOf(now);
  const seed = demoSeed(now);
  const org = demoOrg();
  const reporter = (seed.users as unknown as UserDoc[]).find((user) => user._id === 'demo-resident')!;
  const buildings = org.buildings.filter((building) => building.communityId === 'xinsheng');
  // Filed over the last hour, so that all fall in this month (Asia/Shanghai) whatever the day.
  const cases = Array.from({ length: EXTRA }, (_, index) =>
    complaintDoc(org, {
      id: `paging-${String(index).padStart(4, '0')}`,
      category: '环境卫生',
      text: `垃圾桶满了 ${index}`,
      status: index % 2 === 0 ? 'submitted' : 'closed',
      reporter,
      buildingId: buildings[index % buildings.length]!._id,
      at: new Date(now.getTime() - (index % 3600) * 1000),
    }),
  ).filter((c) => monthOf(c.createdAt) === month);
  expect(cases.length).toBe(EXTRA);
  const demo = (seed.complaints as unknown as ComplaintDoc[]).filter((c) => c.communityId === 'xinsheng' && monthOf(c.createdAt) === month);
  inMonth = demo.length + EXTRA;
  t = await startTestCloud({ seed: { ...seed, complaints: [...seed.complaints!, ...(cases as unknown as Array<Record<string, unknown>>)] } });
  await t.cloud.fireTimer('scheduler', undefined, now);
}, 120_000);

afterAll(() => t.stop());

test("the dashboard and the 诉求台账 hold every case of a month of more than a thousand", async () => {

  const board = await t.ok<Dashboard>('demo-admin', 'reports', 'dashboard', {});
  expect(board.current.complaints.received).toBe(inMonth);

  const file = await t.ok<LedgerFile>('demo-admin', 'reports', 'exportLedger', { month, kind: 'complaints' });
  expect(file.rows).toBe(inMonth);
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(await (await fetch(file.tempFileURL)).arrayBuffer()) as unknown as ArrayBuffer);
  const ids = workbook.getWorksheet('诉求台账')!.getColumn(1).values.slice(2) as string[];
  expect(ids).toHaveLength(inMonth);
  expect(new Set(ids).size).toBe(inMonth);
});
