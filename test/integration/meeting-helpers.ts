/**
 * Helpers for the meetings suites: a seed with as many residents as a race needs, and the steps that bring a
 * topic to a state through the real function (propose → seconds → review → decision).
 */
import type { MeetingDetail, MeetingResult, RegistrationResult } from '@contract/meeting';
import type { UserDoc } from '../../types/user';
import { connectSdk } from '../../emulator/testing';
import { demoSeed } from '../../emulator/seed';
import type { SeedDocuments } from '../../emulator/seed';
import { XINSHENG, demoOrg } from '../../emulator/seed/demo-world';
import { placementOf, userDoc } from '../../emulator/seed/factories';
import type { TestCloud } from './harness';
import { newRequestId } from './wish-helpers';

/** 王秀英 (demo-resident) lives here, with 刘桂兰 the building leader; grid 1 holds b01–b04 and 张新花 its grid worker. */
export const HOME_BUILDING = `${XINSHENG}-b01`;
export const ADMIN = 'demo-admin';
export const GRID_WORKER = 'demo-gridworker';
export const PROPOSER = 'demo-resident';

const HOUR = 3600 * 1000;

/** `count` residents of `buildingId`, openids `${prefix}-0`, `${prefix}-1`…, named 居民0, 居民1… */
export function residentsAt(buildingId: string, count: number, prefix = `res-${buildingId}`): UserDoc[] {
  const org = demoOrg();
  const placement = placementOf(org, buildingId);
  const at = new Date();
  return Array.from({ length: count }, (_, index) => userDoc({ openid: `${prefix}-${index}`, name: `居民${index}`, placement }, at));
}

export function residentIds(count: number, prefix = `res-${HOME_BUILDING}`): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}-${index}`);
}

/** The demo seed with extra residents (default: 40 in 王秀英's building). */
export function meetingSeed(extra: UserDoc[] = residentsAt(HOME_BUILDING, 40)): SeedDocuments {
  const seed = demoSeed();
  return { ...seed, users: [...(seed.users ?? []), ...(extra as unknown as Array<Record<string, unknown>>)] };
}

export function proposeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '楼下空地改成休闲小广场',
    background: '楼下有一块空地长期堆放杂物，大家希望清理后放几张长椅，让老人能坐下来聊天。',
    scope: 'building',
    clientRequestId: newRequestId(),
    ...overrides,
  };
}

export function proposeTopic(t: TestCloud, openid = PROPOSER, overrides: Record<string, unknown> = {}): Promise<MeetingDetail> {
  return t.ok<MeetingDetail>(openid, 'meetings', 'propose', proposeInput(overrides));
}

/** Seconds the topic as each of `openids`, one after the other. */
export async function secondTimes(t: TestCloud, id: string, openids: string[]): Promise<MeetingResult[]> {
  const results: MeetingResult[] = [];
  for (const openid of openids) results.push(await t.ok<MeetingResult>(openid, 'meetings', 'second', { id }));
  return results;
}

export function meetingPlan(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { startsAt: new Date(Date.now() + 3 * 24 * HOUR).toISOString(), place: '3号楼下小广场', capacity: 30, ...overrides };
}

export interface TopicOptions {
  proposer?: string;
  /** Who seconds it to its threshold (a building topic needs 3 by default). */
  seconders?: string[];
  propose?: Record<string, unknown>;
  plan?: Record<string, unknown>;
}

/** A topic in 网格审议: proposed and seconded to its threshold. */
export async function bringToGridReview(t: TestCloud, options: TopicOptions = {}): Promise<string> {
  const topic = await proposeTopic(t, options.proposer ?? PROPOSER, options.propose ?? {});
  await secondTimes(t, topic.id, options.seconders ?? residentIds(topic.threshold));
  return topic.id;
}

/** A topic in 社区决议: past the grid review. */
export async function bringToDecision(t: TestCloud, options: TopicOptions = {}): Promise<string> {
  const id = await bringToGridReview(t, options);
  await t.ok(GRID_WORKER, 'meetings', 'gridReview', { id, approve: true, note: '情况属实，同意提交社区决议' });
  return id;
}

/** A topic with a meeting scheduled (`plan` overrides the meeting: capacity, startsAt…). */
export async function bringToScheduled(t: TestCloud, options: TopicOptions = {}): Promise<string> {
  const id = await bringToDecision(t, options);
  await t.ok(ADMIN, 'meetings', 'decide', { id, approve: true, meeting: meetingPlan(options.plan ?? {}) });
  return id;
}

export function register(t: TestCloud, openid: string, id: string): Promise<RegistrationResult> {
  return t.ok<RegistrationResult>(openid, 'meetings', 'register', { id });
}

/** As if time had passed: moves the meeting's start (and its registration close) to `startsAt` in the stored topic. */
export async function moveMeetingStart(t: TestCloud, id: string, startsAt: Date, registrationClosesAt: Date = startsAt): Promise<void> {
  const { db } = connectSdk(t.cloud);
  await db.collection('meetings').doc(id).update({ data: { 'meeting.startsAt': startsAt, 'meeting.registrationClosesAt': registrationClosesAt } });
}

/** A topic in 落实中: its meeting held (start moved into the past) and recorded. */
export async function bringToImplementing(t: TestCloud, options: TopicOptions = {}): Promise<string> {
  const id = await bringToScheduled(t, options);
  await moveMeetingStart(t, id, new Date(Date.now() - HOUR));
  await t.ok(ADMIN, 'meetings', 'record', { id, minutes: '到会居民充分讨论了空地改造方案。', resolution: '清理空地，安放四张长椅，由物业负责维护。' });
  return id;
}

/** A topic in 居民评议. */
export async function bringToEvaluating(t: TestCloud, options: TopicOptions = {}): Promise<string> {
  const id = await bringToImplementing(t, options);
  await t.ok(ADMIN, 'meetings', 'openEvaluation', { id });
  return id;
}
