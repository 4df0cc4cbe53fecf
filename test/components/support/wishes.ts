import type { WishCard, WishDetail } from '@contract/wish';

export function wishCard(overrides: Partial<WishCard> = {}): WishCard {
  return {
    id: 'w-1',
    title: '想有人陪我去医院复查',
    category: '医疗健康',
    beneficiaryType: '独居老人',
    beneficiaryMasked: '徐**',
    gridId: 'g1',
    gridName: '第一网格',
    communityName: '鑫盛社区',
    status: 'published',
    wantedBy: '2030-05-20T15:59:59.999Z',
    wantedByDay: '2030-05-20',
    daysLeft: 6,
    storyExcerpt: '我一个人住，腿脚不太方便，下周要去区医院复查…',
    filedByGridWorker: false,
    coverPhoto: null,
    claimed: false,
    publishedAt: '2030-05-12T02:00:00.000Z',
    createdAt: '2030-05-11T02:00:00.000Z',
    ...overrides,
  };
}

export function wishDetail(overrides: Partial<WishDetail> = {}): WishDetail {
  return {
    ...wishCard(),
    story: '我一个人住，腿脚不太方便，下周要去区医院复查，想请一位志愿者陪我去。',
    photos: [],
    filedByGridWorker: true,
    claimDays: 7,
    buildingName: '鑫盛小区3号楼',
    beneficiary: null,
    claimVolunteerName: null,
    claimExpiresAt: null,
    fulfilment: null,
    thanks: null,
    rejectReason: null,
    mine: false,
    isMine: false,
    filedByMe: false,
    contact: null,
    holdingClaim: false,
    actions: [],
    claimHint: null,
    timeline: [
      { action: 'wish.created', from: null, to: 'pending_review', actorLabel: '网格员代居民', note: null, at: '2030-05-11T02:00:00.000Z' },
      { action: 'wish.published', from: 'pending_review', to: 'published', actorLabel: '社区', note: null, at: '2030-05-12T02:00:00.000Z' },
    ],
    ...overrides,
  };
}
