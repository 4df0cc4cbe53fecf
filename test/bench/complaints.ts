/**
 * Complaints with 10,000 open cases in 鑫盛社区: the community admin's `complaints.queue` page (time and
 * database operations per call) and one scheduler run with half of the cases due (time, operations, what it
 * did and left). Part of `npm run bench`; `tsx test/bench/complaints.ts` runs it alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComplaintDoc, ComplaintPage, QueueCard } from '../../types/complaint';
import type { UserDoc } from '../../types/user';
import type { Reply } from '../../types/reply';
import type { LocalCloud } from '../../emulator';
import { startThrowawayCloud } from '../../emulator/testing';
import { demoSeed } from '../../emulator/seed';
import { complaintDoc } from '../../emulator/seed/complaint-factories';
import { demoOrg } from '../../emulator/seed/demo-world';
import functionSettings from '../../cloudfunctions/function-settings.json';
import { percentile, timed } from './stats';

const CASES = 10_000;
const QUEUE_CALLS = 30;
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

const READS = ['database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments'];
const WRITES = ['database.insertDocument', 'database.modifyDocument', 'database.removeDocument', 'database.modifyAndReturnDoc'];

function diff(before: Record<string, number>, after: Record<string, number>, names: string[]): number {
  return names.reduce((sum, name) => sum + (after[name] ?? 0) - (before[name] ?? 0), 0);
}

/**
 * 10,000 cases of the demo world's 鑫盛社区, all open: the even ones due as of `now` (late to 签收, at their
 * 办结 time, or resolved 8 days ago unrated), the odd ones not yet (filed or accepted a moment ago).
 */
function complaintsSeed(now: Date) {
  const seed = demoSeed(now);
  const org = demoOrg();
  const users = seed.users as unknown as UserDoc[];
  const reporter = users.find((u) => u._id === 'demo-resident')!;
  const gridWorker = users.find((u) => u._id === 'demo-gridworker')!;
  const buildings = org.buildings.filter((building) => building.communityId === 'xinsheng');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const cases: ComplaintDoc[] = Array.from({ length: CASES }, (_, index) => {
    const due = index % 2 === 0;
    const kind = Math.floor(index / 2) % 3;
    const common = {
      id: `bench-complaint-${String(index).padStart(5, '0')}`,
      category: '设施维修' as const,
      text: `基准测试诉求 ${index}`,
      reporter,
      buildingId: buildings[index % buildings.length]!._id,
    };
    if (kind === 0) return complaintDoc(org, { ...common, status: 'submitted', at: due ? ago(2 * DAY) : ago(index % 600 * 1000) });
    if (kind === 1) {
      // Urgent: 办结 within 24 h of acceptance.
      const acceptedAt = due ? ago(30 * HOUR) : ago(HOUR);
      return complaintDoc(org, { ...common, status: 'accepted', urgency: 'urgent', assignee: gridWorker, at: new Date(acceptedAt.getTime() - HOUR), acceptedAt });
    }
    const resolvedAt = due ? ago(8 * DAY) : ago(DAY);
    return complaintDoc(org, { ...common, status: 'resolved', assignee: gridWorker, at: new Date(resolvedAt.getTime() - 2 * DAY), acceptedAt: new Date(resolvedAt.getTime() - DAY), resolvedAt });
  });
  const due = cases.filter((c) => c.nextCheckAt && new Date(c.nextCheckAt).getTime() <= now.getTime()).length;
  return { documents: { ...seed, complaints: [...seed.complaints!, ...(cases as unknown as Array<Record<string, unknown>>)] }, due };
}

async function queuePages(cloud: LocalCloud): Promise<{ ms: number[]; reads: number[]; writes: number[] }> {
  const ms: number[] = [];
  const reads: number[] = [];
  const writes: number[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < QUEUE_CALLS; i += 1) {
    const before = cloud.databaseRequests();
    const { ms: took, value } = await timed(
      async () => (await cloud.callFunction('complaints', { action: 'queue', ...(cursor ? { cursor } : {}) }, 'demo-admin')) as Reply<ComplaintPage<QueueCard>>,
    );
    const after = cloud.databaseRequests();
    if (!value.ok) throw new Error(`complaints.queue: ${value.error.code}`);
    ms.push(took);
    reads.push(diff(before, after, READS));
    writes.push(diff(before, after, WRITES));
    cursor = value.data.nextCursor ?? undefined;
  }
  return { ms, reads, writes };
}

/** Runs the complaint benchmarks on a cloud of their own; returns the markdown lines. */
export async function benchComplaints(): Promise<string[]> {
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const { documents, due } = complaintsSeed(now);
  const cloud = await startThrowawayCloud({ seed: documents });
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  try {
    await cloud.callFunction('complaints', { action: 'queue' }, 'demo-gridworker');

    say(`## Complaints, run of ${new Date().toISOString()} (node ${process.version})`);
    say();
    say(`Data: ${CASES} open complaints in 鑫盛社区 (submitted, accepted and resolved in equal parts), ${due} of them due as of the run.`);
    say();
    say(`### \`complaints.queue\` page for a community admin (${QUEUE_CALLS} calls, sequential, following the cursor)`);
    say();
    const queue = await queuePages(cloud);
    say('| median ms | p95 ms | max ms | database reads per call (max) | writes per call (max) |');
    say('| ---: | ---: | ---: | ---: | ---: |');
    say(
      `| ${percentile(queue.ms, 50).toFixed(1)} | ${percentile(queue.ms, 95).toFixed(1)} | ${Math.max(...queue.ms).toFixed(1)} | ${Math.max(...queue.reads)} | ${Math.max(...queue.writes)} |`,
    );
    say();

    const limitSeconds = functionSettings.scheduler.timeoutSeconds;
    say(`### One scheduler run over ${CASES} cases, ${due} due (the function's timeout: ${limitSeconds} s)`);
    say();
    const before = cloud.databaseRequests();
    const { ms, value } = await timed(() => cloud.fireTimer('scheduler', undefined, now));
    const after = cloud.databaseRequests();
    const reply = value as Reply<{ checkComplaints: Record<string, number> }>;
    if (!reply.ok) throw new Error(`scheduler: ${reply.error.code}`);
    const checks = reply.data.checkComplaints;
    const reads = diff(before, after, READS);
    const writes = diff(before, after, WRITES);
    say('| duration s | cases changed | failed | left due | database reads | writes | operations per case | within the timeout |');
    say('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    say(
      `| ${(ms / 1000).toFixed(1)} | ${checks.checked} | ${checks.failed} | ${checks.left} | ${reads} | ${writes} | ${((reads + writes) / Math.max(1, checks.checked)).toFixed(1)} | ${ms < limitSeconds * 1000 ? 'yes' : 'no'} |`,
    );
    say();
    const again = await timed(() => cloud.fireTimer('scheduler', undefined, now));
    const againChecks = (again.value as Reply<{ checkComplaints: Record<string, number> }>).ok
      ? (again.value as { data: { checkComplaints: Record<string, number> } }).data.checkComplaints
      : {};
    say(`A second run as of the same time: ${(again.ms / 1000).toFixed(1)} s, ${JSON.stringify(againChecks)}.`);
  } finally {
    await cloud.stop();
  }
  mkdirSync('test-artifacts', { recursive: true });
  writeFileSync(join('test-artifacts', 'bench-complaints.md'), `${lines.join('\n')}\n`);
  return lines;
}

if (process.argv[1]?.endsWith('complaints.ts')) {
  benchComplaints().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
