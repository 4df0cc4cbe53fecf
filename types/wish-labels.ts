/**
 * The wish vocabulary without the input schemas: categories, statuses, their labels and the state machine.
 * Pages of the mini-program's main package import from here, so zod stays out of it; types/wish.ts
 * re-exports all of it for the server.
 */
export const WISH_CATEGORIES = ['生活物资', '助老服务', '助学', '医疗健康', '维修', '陪伴', '其他'] as const;
export type WishCategory = (typeof WISH_CATEGORIES)[number];

export const BENEFICIARY_TYPES = ['高龄老人', '独居老人', '留守儿童', '困难家庭', '残疾人', '其他'] as const;
export type BeneficiaryType = (typeof BENEFICIARY_TYPES)[number];

export const WISH_STATUSES = [
  'pending_review',
  'published',
  'rejected',
  'claimed',
  'fulfilled',
  'confirmed',
  'withdrawn',
  'expired',
] as const;
export type WishStatus = (typeof WISH_STATUSES)[number];

export const WISH_STATUS_LABELS: Record<WishStatus, string> = {
  pending_review: '待审核',
  published: '待认领',
  rejected: '未通过',
  claimed: '已认领',
  fulfilled: '待确认',
  confirmed: '已圆梦',
  withdrawn: '已撤回',
  expired: '已过期',
};

/** What can happen to a wish, from which states, to which state. The server enforces it; the client uses it for buttons. */
export const WISH_TRANSITIONS = {
  approve: { from: ['pending_review'], to: 'published' },
  reject: { from: ['pending_review'], to: 'rejected' },
  claim: { from: ['published'], to: 'claimed' },
  cancelClaim: { from: ['claimed'], to: 'published' },
  fulfil: { from: ['claimed'], to: 'fulfilled' },
  confirm: { from: ['fulfilled'], to: 'confirmed' },
  withdraw: { from: ['pending_review', 'published'], to: 'withdrawn' },
  resubmit: { from: ['rejected'], to: 'pending_review' },
  expireClaim: { from: ['claimed'], to: 'published' },
  expire: { from: ['published'], to: 'expired' },
} as const satisfies Record<string, { from: readonly WishStatus[]; to: WishStatus }>;

export type WishTransition = keyof typeof WISH_TRANSITIONS;

export function canTransition(transition: WishTransition, from: WishStatus): boolean {
  return (WISH_TRANSITIONS[transition].from as readonly WishStatus[]).includes(from);
}

/** Statuses shown on the wish wall. */
export const WALL_STATUSES: readonly WishStatus[] = ['published', 'claimed'];
