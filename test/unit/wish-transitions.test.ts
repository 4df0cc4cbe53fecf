import type { WishStatus, WishTransition } from '@contract/wish';
import { WISH_STATUSES, WISH_TRANSITIONS, canTransition } from '@contract/wish';

/** The state machine of DESIGN §3, written out pair by pair: every (transition, from) not listed is refused. */
const ALLOWED: Array<[WishTransition, WishStatus, WishStatus]> = [
  ['approve', 'pending_review', 'published'],
  ['reject', 'pending_review', 'rejected'],
  ['claim', 'published', 'claimed'],
  ['cancelClaim', 'claimed', 'published'],
  ['fulfil', 'claimed', 'fulfilled'],
  ['confirm', 'fulfilled', 'confirmed'],
  ['withdraw', 'pending_review', 'withdrawn'],
  ['withdraw', 'published', 'withdrawn'],
  ['expireClaim', 'claimed', 'published'],
  ['expire', 'published', 'expired'],
  ['resubmit', 'rejected', 'pending_review'],
];

const transitions = Object.keys(WISH_TRANSITIONS) as WishTransition[];

describe('wish transition table', () => {
  for (const transition of transitions) {
    for (const from of WISH_STATUSES) {
      const allowed = ALLOWED.find(([t, f]) => t === transition && f === from);
      test(`${transition} from ${from}: ${allowed ? `→ ${allowed[2]}` : 'refused'}`, () => {
        expect(canTransition(transition, from)).toBe(Boolean(allowed));
        if (allowed) expect(WISH_TRANSITIONS[transition].to).toBe(allowed[2]);
      });
    }
  }

  test('terminal states lead nowhere', () => {
    for (const terminal of ['confirmed', 'withdrawn', 'expired'] as WishStatus[]) {
      expect(transitions.filter((transition) => canTransition(transition, terminal))).toEqual([]);
    }
  });

  test('a rejected wish leads back to review only, by resubmitting', () => {
    expect(transitions.filter((transition) => canTransition(transition, 'rejected'))).toEqual(['resubmit']);
  });
});
