import { demoSeed } from '../../emulator/seed';
import type { SeedDocuments } from '../../emulator/seed';
import { demoOrg } from '../../emulator/seed/demo-world';
import { approvedVolunteer, placementOf, userDoc, wishDoc } from '../../emulator/seed/factories';
import { BENEFICIARY_TYPES, WISH_CATEGORIES } from '../../types/wish';
import type { WishStatus } from '../../types/wish';

export const BENCH_VOLUNTEERS = 200;
const WISHES = 10_000;
export const SEQUENTIAL_CLAIMS = 20;

export interface BenchSeed {
  documents: SeedDocuments;
  wishCount: number;
  publishedCount: number;
  /** Published wishes reserved for the claim runs (never touched before them). */
  claimTargets: string[];
  /** Published wishes for claims made one at a time, the baseline of the concurrent runs. */
  sequentialTargets: string[];
  /** One wish per state the operation counts need. */
  samples: { published: string; pending: string[] };
}

function rows<T extends object>(docs: T[]): Array<Record<string, unknown>> {
  return docs as unknown as Array<Record<string, unknown>>;
}

/** The demo world, 10,000 wishes in 鑫盛社区 (most on the wall) and 200 approved volunteers. */
export function benchSeed(): BenchSeed {
  const now = new Date();
  const org = demoOrg();
  const base = demoSeed(now);
  const buildings = org.buildings.filter((building) => building.communityId === 'xinsheng');
  const requester = (index: number) =>
    userDoc({ openid: `bench-resident-${index % 500}`, name: `居民${index % 500}`, placement: placementOf(org, buildings[index % buildings.length]!._id) }, now);
  const residents = Array.from({ length: 500 }, (_, index) => requester(index));
  const openids = [
    ...Array.from({ length: BENCH_VOLUNTEERS }, (_, index) => `bench-volunteer-${index}`),
    ...Array.from({ length: SEQUENTIAL_CLAIMS }, (_, index) => `bench-solo-volunteer-${index}`),
  ];
  const volunteers = openids.map((openid, index) =>
    userDoc(
      {
        openid,
        name: `志愿者${index}`,
        placement: placementOf(org, buildings[index % buildings.length]!._id),
        roles: ['resident', 'volunteer'],
        volunteer: approvedVolunteer('党员志愿者', now),
      },
      now,
    ),
  );
  const statuses: WishStatus[] = ['published', 'published', 'published', 'published', 'claimed', 'confirmed', 'pending_review', 'withdrawn'];
  const wishes = Array.from({ length: WISHES }, (_, index) => {
    const status = statuses[index % statuses.length]!;
    return wishDoc(org, {
      id: `bench-wish-${String(index).padStart(5, '0')}`,
      title: `心愿 ${index}`,
      story: '基准测试用的心愿故事',
      category: WISH_CATEGORIES[index % WISH_CATEGORIES.length]!,
      beneficiaryType: BENEFICIARY_TYPES[index % BENEFICIARY_TYPES.length]!,
      status,
      requester: residents[index % residents.length]!,
      claimedBy: status === 'claimed' || status === 'confirmed' ? volunteers[index % volunteers.length] : undefined,
      at: new Date(now.getTime() - index * 60_000),
    });
  });
  const published = wishes.filter((wish) => wish.status === 'published').map((wish) => wish._id);
  const pending = wishes.filter((wish) => wish.status === 'pending_review').map((wish) => wish._id);
  return {
    documents: {
      ...base,
      users: [...base.users!, ...rows(residents), ...rows(volunteers)],
      wishes: [...base.wishes!, ...rows(wishes)],
    },
    wishCount: WISHES,
    publishedCount: published.length + 0,
    claimTargets: published.slice(0, BENCH_VOLUNTEERS + 1),
    sequentialTargets: published.slice(BENCH_VOLUNTEERS + 1, BENCH_VOLUNTEERS + 1 + SEQUENTIAL_CLAIMS),
    samples: { published: published[published.length - 1]!, pending: pending.slice(0, 3) },
  };
}
