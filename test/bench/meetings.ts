/**
 * 议事 with 1,000 topics in 鑫盛社区: the resident's `meetings.list` page and `meetings.get` (time and database
 * operations per call), and 1,000 residents registering at once for a meeting of 300 places (p95, and the
 * waitlist checked against the order the writes landed). Part of `npm run bench`; `tsx test/bench/meetings.ts`
 * runs it alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingDetail, MeetingDoc, MeetingPage, RegistrationResult } from '../../types/meeting';
import type { Reply } from '../../types/reply';
import type { UserDoc } from '../../types/user';
import type { LocalCloud } from '../../emulator';
import { startThrowawayCloud, connectSdk } from '../../emulator/testing';
import { demoSeed } from '../../emulator/seed';
import { XINSHENG, demoOrg } from '../../emulator/seed/demo-world';
import { placementOf, userDoc } from '../../emulator/seed/factories';
import { meetingDoc } from '../../emulator/seed/meeting-factories';
import { percentile, timed } from './stats';

const TOPICS = 1_000;
const REGISTRANTS = 1_000;
const CAPACITY = 300;
const PAGE_CALLS = 30;
const INSTANCES = 8;
const RACE_TOPIC = 'bench-meeting-race';

const READS = ['database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments'];
const WRITES = ['database.insertDocument', 'database.modifyDocument', 'database.removeDocument', 'database.modifyAndReturnDoc'];

function diff(before: Record<string, number>, after: Record<string, number>, names: string[]): number {
  return names.reduce((sum, name) => sum + (after[name] ?? 0) - (before[name] ?? 0), 0);
}

function meetingsSeed(now: Date) {
  const seed = demoSeed(now);
  const users = seed.users as unknown as UserDoc[];
  const proposer = users.find((user) => user._id === 'demo-resident-2')!;
  const placement = placementOf(demoOrg(), `${XINSHENG}-b01`);
  const residents = Array.from({ length: REGISTRANTS }, (_, index) => userDoc({ openid: `bench-resident-${index}`, name: `居民${index}`, placement }, now));
  const common = { proposer, scope: 'community' as const, background: '基准测试议题的背景说明。', gridWorker: 'demo-gridworker', admin: 'demo-admin' };
  const topics: MeetingDoc[] = Array.from({ length: TOPICS }, (_, index) =>
    meetingDoc({ ...common, id: `bench-meeting-${String(index).padStart(4, '0')}`, title: `基准测试议题 ${index}`, status: 'proposed', daysAgo: (index % 25) + 1, seconders: [] }, now),
  );
  const race = meetingDoc({ ...common, id: RACE_TOPIC, title: '千人报名的居民议事会', status: 'scheduled', daysAgo: 10, seconders: [], capacity: CAPACITY, startsInDays: 5 }, now);
  return {
    ...seed,
    users: [...seed.users!, ...(residents as unknown as Array<Record<string, unknown>>)],
    meetings: [...seed.meetings!, ...([...topics, race] as unknown as Array<Record<string, unknown>>)],
  };
}

async function measured<T>(cloud: LocalCloud, openid: string, action: string, input: Record<string, unknown>) {
  const before = cloud.databaseRequests();
  const { ms, value } = await timed(async () => (await cloud.callFunction('meetings', { action, ...input }, openid)) as Reply<T>);
  const after = cloud.databaseRequests();
  if (!value.ok) throw new Error(`meetings.${action}: ${value.error.code}`);
  return { ms, data: value.data, reads: diff(before, after, READS), writes: diff(before, after, WRITES) };
}

const row = (ms: number[], reads: number[], writes: number[]) =>
  `| ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} | ${Math.max(...ms).toFixed(1)} | ${Math.max(...reads)} | ${Math.max(...writes)} |`;

/** Runs the 议事 benchmarks on a cloud of their own; returns the markdown lines. */
export async function benchMeetings(): Promise<string[]> {
  const now = new Date();
  const cloud = await startThrowawayCloud({ seed: meetingsSeed(now), instancesPerFunction: INSTANCES });
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  try {
    await Promise.all(Array.from({ length: INSTANCES }, () => cloud.callFunction('meetings', { action: 'list' }, 'demo-resident')));
    say(`## 议事, run of ${new Date().toISOString()} (node ${process.version})`);
    say();
    say(`Data: ${TOPICS} topics in 鑫盛社区 besides the demo ones, ${REGISTRANTS} residents of one building, a meeting of ${CAPACITY} places.`);
    say();
    say(`### \`meetings.list\` page and \`meetings.get\` for a resident (${PAGE_CALLS} calls each, sequential)`);
    say();
    say('| call | median ms | p95 ms | max ms | database reads per call (max) | writes (max) |');
    say('| --- | ---: | ---: | ---: | ---: | ---: |');
    const page = { ms: [] as number[], reads: [] as number[], writes: [] as number[] };
    let cursor: string | undefined;
    const seen: string[] = [];
    for (let i = 0; i < PAGE_CALLS; i += 1) {
      const result = await measured<MeetingPage>(cloud, 'demo-resident', 'list', cursor ? { cursor } : {});
      page.ms.push(result.ms);
      page.reads.push(result.reads);
      page.writes.push(result.writes);
      seen.push(...result.data.items.map((card) => card.id));
      cursor = result.data.nextCursor ?? undefined;
    }
    say(`| list ${row(page.ms, page.reads, page.writes)}`);
    const detail = { ms: [] as number[], reads: [] as number[], writes: [] as number[] };
    for (const id of seen.slice(0, PAGE_CALLS)) {
      const result = await measured<MeetingDetail>(cloud, 'demo-resident', 'get', { id });
      detail.ms.push(result.ms);
      detail.reads.push(result.reads);
      detail.writes.push(result.writes);
    }
    say(`| get ${row(detail.ms, detail.reads, detail.writes)}`);
    say();

    say(`### ${REGISTRANTS} residents registering at once for ${CAPACITY} places (${INSTANCES} function instances)`);
    say();
    const started = Date.now();
    const replies = await Promise.all(
      Array.from({ length: REGISTRANTS }, async (_, index) => {
        const openid = `bench-resident-${index}`;
        const { ms, value } = await timed(async () => (await cloud.callFunction('meetings', { action: 'register', id: RACE_TOPIC }, openid)) as Reply<RegistrationResult>);
        return { openid, ms, value };
      }),
    );
    const wall = Date.now() - started;
    const outcome = (reply: Reply<RegistrationResult>) => (reply.ok ? reply.data.registration.status : reply.error.code);
    const counts: Record<string, number> = {};
    for (const reply of replies) counts[outcome(reply.value)] = (counts[outcome(reply.value)] ?? 0) + 1;
    const { db } = connectSdk(cloud);
    const stored = ((await db.collection('meetings').doc(RACE_TOPIC).get()) as unknown as { data: MeetingDoc }).data;
    const told = new Map(replies.map((reply) => [reply.openid, outcome(reply.value)]));
    const inOrder = stored.registrations.every((entry, index) => told.get(entry.openid) === (index < CAPACITY ? 'registered' : 'waitlisted'));
    const codes = new Set(stored.registrations.map((entry) => entry.code));
    const ms = replies.map((reply) => reply.ms);
    say('| replies by outcome | stored entries | registered (first 300) | waitlist order = write order | codes unique | median ms | p95 ms | wall s |');
    say('| --- | ---: | ---: | --- | --- | ---: | ---: | ---: |');
    say(
      `| ${JSON.stringify(counts)} | ${stored.registrations.length} | ${Math.min(CAPACITY, stored.registrations.length)} | ${inOrder ? 'yes' : 'NO'} | ${codes.size === stored.registrations.length ? 'yes' : 'NO'} | ${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 95).toFixed(0)} | ${(wall / 1000).toFixed(1)} |`,
    );
    if (!inOrder || codes.size !== stored.registrations.length) throw new Error('the waitlist does not follow the order of the writes');
  } finally {
    await cloud.stop();
  }
  mkdirSync('test-artifacts', { recursive: true });
  writeFileSync(join('test-artifacts', 'bench-meetings.md'), `${lines.join('\n')}\n`);
  return lines;
}

if (process.argv[1]?.endsWith('meetings.ts')) {
  benchMeetings().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
