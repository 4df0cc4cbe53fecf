/**
 * The workbench with 10,000 complaints and 5,000 wishes received this month in 鑫盛社区: the scheduler's count,
 * `reports.dashboard` (time and database operations per call, against a community with a handful of cases), and
 * `reports.exportLedger` of the 10,000 cases and of the 5,000 wishes (time, file size, memory of the process).
 * Part of `npm run bench`; `tsx test/bench/reports.ts` runs it alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComplaintDoc, ComplaintStatus } from '../../types/complaint';
import type { Dashboard, LedgerFile } from '../../types/report';
import type { Reply } from '../../types/reply';
import type { UserDoc } from '../../types/user';
import type { WishDoc, WishStatus } from '../../types/wish';
import type { LocalCloud } from '../../emulator';
import { startThrowawayCloud } from '../../emulator/testing';
import { demoSeed } from '../../emulator/seed';
import { complaintDoc } from '../../emulator/seed/complaint-factories';
import { demoOrg } from '../../emulator/seed/demo-world';
import { wishDoc } from '../../emulator/seed/factories';
import functionSettings from '../../cloudfunctions/function-settings.json';
import { percentile, timed } from './stats';

const CASES = 10_000;
const WISHES = 5_000;
const DASHBOARD_CALLS = 30;
const HOUR = 3600 * 1000;
const COMPLAINT_MIX: readonly ComplaintStatus[] = ['submitted', 'accepted', 'resolved', 'closed', 'closed', 'reopened', 'withdrawn'];
const WISH_MIX: readonly WishStatus[] = ['pending_review', 'published', 'claimed', 'fulfilled', 'confirmed', 'confirmed', 'expired'];

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** The month's cases and wishes, filed since the start of the month (spread over the hours gone by). */
function reportsSeed(now: Date) {
  const seed = demoSeed(now);
  const org = demoOrg();
  const users = seed.users as unknown as UserDoc[];
  const reporter = users.find((u) => u._id === 'demo-resident')!;
  const gridWorker = users.find((u) => u._id === 'demo-gridworker')!;
  const volunteer = users.find((u) => u._id === 'demo-volunteer')!;
  const buildings = org.buildings.filter((building) => building.communityId === 'xinsheng');
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 8 * HOUR);
  const span = Math.max(HOUR, now.getTime() - monthStart.getTime() - 3 * HOUR);
  const at = (index: number, count: number) => new Date(monthStart.getTime() + Math.floor((span * index) / count));
  const cases: ComplaintDoc[] = Array.from({ length: CASES }, (_, index) =>
    complaintDoc(org, {
      id: `bench-report-complaint-${String(index).padStart(5, '0')}`,
      category: index % 3 === 0 ? '楼道堆物' : index % 3 === 1 ? '环境卫生' : '设施维修',
      text: `基准测试诉求 ${index}，请联系我13812345678`,
      status: COMPLAINT_MIX[index % COMPLAINT_MIX.length]!,
      reporter,
      assignee: gridWorker,
      rating: 2 + (index % 4),
      followUpDone: index % 2 === 0,
      buildingId: buildings[index % buildings.length]!._id,
      at: at(index, CASES),
    }),
  );
  const wishes: WishDoc[] = Array.from({ length: WISHES }, (_, index) =>
    wishDoc(org, {
      id: `bench-report-wish-${String(index).padStart(5, '0')}`,
      title: `基准测试心愿 ${index}`,
      story: '想请志愿者帮忙买些米面油送到家里。',
      category: '生活物资',
      beneficiaryType: '独居老人',
      status: WISH_MIX[index % WISH_MIX.length]!,
      requester: reporter,
      claimedBy: volunteer,
      at: at(index, WISHES),
    }),
  );
  return { ...seed, complaints: [...seed.complaints!, ...(cases as unknown as Array<Record<string, unknown>>)], wishes: [...seed.wishes!, ...(wishes as unknown as Array<Record<string, unknown>>)] };
}

async function dashboardCalls(cloud: LocalCloud, openid: string): Promise<{ ms: number[]; operations: number[] }> {
  const ms: number[] = [];
  const operations: number[] = [];
  for (let i = 0; i < DASHBOARD_CALLS; i += 1) {
    const before = cloud.databaseRequests();
    const { ms: took, value } = await timed(async () => (await cloud.callFunction('reports', { action: 'dashboard' }, openid)) as Reply<Dashboard>);
    if (!value.ok) throw new Error(`reports.dashboard: ${value.error.code}`);
    ms.push(took);
    operations.push(total(cloud.databaseRequests()) - total(before));
  }
  return { ms, operations };
}

/** One export, with the process's resident memory sampled every 20 ms while it runs (the functions run in it). */
async function exportOnce(cloud: LocalCloud, kind: string, month: string) {
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const { ms, value } = await timed(async () => (await cloud.callFunction('reports', { action: 'exportLedger', month, kind }, 'demo-admin')) as Reply<LedgerFile>);
    if (!value.ok) throw new Error(`reports.exportLedger: ${value.error.code}`);
    const bytes = (await (await fetch(value.data.tempFileURL)).arrayBuffer()).byteLength;
    return { ms, rows: value.data.rows, bytes, memory: peak - base };
  } finally {
    clearInterval(sampler);
  }
}

/** Runs the workbench benchmarks on a cloud of their own; returns the markdown lines. */
export async function benchReports(): Promise<string[]> {
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const cloud = await startThrowawayCloud({ seed: reportsSeed(now) });
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  try {
    say(`## Workbench, run of ${new Date().toISOString()} (node ${process.version})`);
    say();
    say(`Data: ${CASES} complaints and ${WISHES} wishes received this month in 鑫盛社区 (statuses mixed); 翠竹园社区 keeps the demo's handful.`);
    say();
    const before = cloud.databaseRequests();
    const count = await timed(() => cloud.fireTimer('scheduler', undefined, now));
    const counted = (count.value as Reply<{ recountFigures: Record<string, number> }>).ok
      ? (count.value as { data: { recountFigures: Record<string, number> } }).data.recountFigures
      : {};
    say(`### The scheduler's count (one run; the function's timeout: ${functionSettings.scheduler.timeoutSeconds} s)`);
    say();
    say(`${(count.ms / 1000).toFixed(1)} s for the whole run (every lane), ${total(cloud.databaseRequests()) - total(before)} database operations; recountFigures ${JSON.stringify(counted)}.`);
    say();

    say(`### \`reports.dashboard\` (${DASHBOARD_CALLS} calls each, sequential)`);
    say();
    await cloud.callFunction('reports', { action: 'dashboard' }, 'demo-admin-2');
    const big = await dashboardCalls(cloud, 'demo-admin');
    const small = await dashboardCalls(cloud, 'demo-admin-2');
    say('| community | cases this month | median ms | p95 ms | database operations per call (max) |');
    say('| --- | ---: | ---: | ---: | ---: |');
    say(`| 鑫盛社区 | ${CASES}+ | ${percentile(big.ms, 50).toFixed(1)} | ${percentile(big.ms, 95).toFixed(1)} | ${Math.max(...big.operations)} |`);
    say(`| 翠竹园社区 | a handful | ${percentile(small.ms, 50).toFixed(1)} | ${percentile(small.ms, 95).toFixed(1)} | ${Math.max(...small.operations)} |`);
    say();
    say(`Ratio of medians, 10,000-case community to the small one: ${(percentile(big.ms, 50) / percentile(small.ms, 50)).toFixed(2)}`);
    say();

    const month = new Date(now.getTime() + 8 * HOUR).toISOString().slice(0, 7);
    say(`### \`reports.exportLedger\` (the function's timeout: ${functionSettings.reports.timeoutSeconds} s, ${functionSettings.reports.memoryMB} MB)`);
    say();
    say('| ledger | rows | duration s | xlsx KiB | process memory peak over the start, MiB | within the timeout |');
    say('| --- | ---: | ---: | ---: | ---: | --- |');
    for (const kind of ['complaints', 'wishes', 'summary']) {
      const run = await exportOnce(cloud, kind, month);
      say(`| ${kind} | ${run.rows} | ${(run.ms / 1000).toFixed(1)} | ${(run.bytes / 1024).toFixed(0)} | ${(run.memory / 1024 / 1024).toFixed(0)} | ${run.ms < functionSettings.reports.timeoutSeconds * 1000 ? 'yes' : 'no'} |`);
    }
  } finally {
    await cloud.stop();
  }
  mkdirSync('test-artifacts', { recursive: true });
  writeFileSync(join('test-artifacts', 'bench-reports.md'), `${lines.join('\n')}\n`);
  return lines;
}

if (process.argv[1]?.endsWith('reports.ts')) {
  benchReports().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
