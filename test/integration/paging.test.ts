import type { InboxPage } from '@contract/event';
import type { Page, UserSummary } from '@contract/user';
import type { WishPage } from '@contract/wish';
import type { SeedDocuments } from '../../emulator/seed';
import { demoSeed } from '../../emulator/seed';
import { demoOrg, demoUsers } from '../../emulator/seed/demo-world';
import { placementOf, userDoc, wishDoc } from '../../emulator/seed/factories';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

const WALL = 45;
const QUEUE = 23;
const NOTICES = 41;
const APPLICANTS = 25;

function rows<T extends object>(docs: T[]): Array<Record<string, unknown>> {
  return docs as unknown as Array<Record<string, unknown>>;
}

/** Enough of everything for three pages, with equal timestamps in places so ties must be broken by _id. */
function seedForPaging(): SeedDocuments {
  const now = new Date();
  const seed = demoSeed(now);
  const org = demoOrg();
  const resident = demoUsers(org, now).find((user) => user._id === 'demo-resident')!;
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  const base = { story: '翻页用的心愿', category: '陪伴' as const, beneficiaryType: '高龄老人' as const, requester: resident };
  const wall = Array.from({ length: WALL }, (_, index) =>
    wishDoc(org, { ...base, id: `page-wall-${String(index).padStart(2, '0')}`, title: `墙上心愿${index}`, status: 'published', at: minutesAgo(100 + Math.floor(index / 3)) }),
  );
  const queue = Array.from({ length: QUEUE }, (_, index) =>
    wishDoc(org, { ...base, id: `page-queue-${String(index).padStart(2, '0')}`, title: `待审心愿${index}`, status: 'pending_review', at: minutesAgo(200 + Math.floor(index / 2)) }),
  );
  const notices = Array.from({ length: NOTICES }, (_, index) => ({
    // Event ids come in every form, generated ones and keys such as a confirmation's
    // `wish.confirmed:<id>`: two of those end the first and second pages, where the cursor is made of them.
    _id: index === 19 || index === 39 ? `wish.confirmed:page-${index}` : `page-event-${index}`,
    itemType: 'wish',
    itemId: `page-item-${index}`,
    itemTitle: `消息${index}`,
    communityId: 'xinsheng',
    action: 'wish.published',
    from: 'pending_review',
    to: 'published',
    actorOpenid: 'demo-admin',
    actorLabel: '社区',
    note: null,
    recipients: ['paging-reader'],
    at: minutesAgo(300 + index),
  }));
  const reader = userDoc({ openid: 'paging-reader', name: '翻页的人', placement: placementOf(org, 'xinsheng-b02') }, now);
  const applicants = Array.from({ length: APPLICANTS }, (_, index) =>
    userDoc(
      {
        openid: `applicant-${String(index).padStart(2, '0')}`,
        name: `申请人${index}`,
        placement: placementOf(org, 'xinsheng-b05'),
        volunteer: { status: 'pending', intro: '想帮忙', appliedAt: now, reviewedAt: null, reviewedBy: null, reason: null },
      },
      now,
    ),
  );
  return {
    ...seed,
    wishes: [...seed.wishes!, ...rows(wall), ...rows(queue)],
    events: [...seed.events!, ...notices],
    users: [...seed.users!, ...rows([reader, ...applicants])],
  };
}

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: seedForPaging() });
});
afterAll(async () => {
  await t.stop();
});

/** Follows nextCursor to the end, checking every page holds at most 20. */
async function walk<T>(fetch: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    expect(page.items.length).toBeLessThanOrEqual(20);
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 10);
  return pages;
}

function expectNoRepeats(ids: string[]) {
  expect(new Set(ids).size).toBe(ids.length);
}

test('the wish wall pages through every wish once, newest first, ties broken by id', async () => {
  const pages = await walk((cursor) => t.ok<WishPage>('demo-resident-2', 'wishes', 'list', cursor ? { cursor } : {}));
  const cards = pages.flat();
  const ids = cards.map((card) => card.id);
  expectNoRepeats(ids);
  expect(ids.filter((id) => id.startsWith('page-wall-'))).toHaveLength(WALL);
  expect(pages.map((page) => page.length).slice(0, 2)).toEqual([20, 20]);
  const keys = cards.map((card) => `${card.publishedAt}|${card.id}`);
  expect([...keys].sort().reverse()).toEqual(keys);
});

test('the review queue pages too', async () => {
  const pages = await walk((cursor) => t.ok<WishPage>('demo-admin', 'wishes', 'adminList', { status: 'pending_review', ...(cursor ? { cursor } : {}) }));
  const ids = pages.flat().map((card) => card.id);
  expectNoRepeats(ids);
  expect(ids.filter((id) => id.startsWith('page-queue-'))).toHaveLength(QUEUE);
});

test('the inbox pages through every notice, whatever its id looks like', async () => {
  const pages = await walk((cursor) => t.ok<InboxPage>('paging-reader', 'inbox', 'list', cursor ? { cursor } : {}));
  expect(pages[0]!.at(-1)!.id).toBe('wish.confirmed:page-19');
  const ids = pages.flat().map((item) => item.id);
  expectNoRepeats(ids);
  expect(ids).toHaveLength(NOTICES);
  expect(pages).toHaveLength(3);
});

test('the pending volunteer applications page too', async () => {
  const pages = await walk((cursor) =>
    t.ok<Page<UserSummary>>('demo-admin', 'users', 'listMembers', { volunteerStatus: 'pending', ...(cursor ? { cursor } : {}) }),
  );
  const ids = pages.flat().map((user) => user.openid);
  expectNoRepeats(ids);
  expect(ids).toHaveLength(APPLICANTS);
  expect([...ids].sort()).toEqual(ids);
});

test('a cursor that is not one answers INVALID_INPUT', async () => {
  expect(await t.call('demo-resident', 'wishes', 'list', { cursor: 'not a cursor' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});
