import type { WishCard, WishDetail } from '@contract/wish';

/**
 * Fields the wishes function is adding for issue 7, read defensively until the contract in types/ carries
 * them: each accessor answers what the page needs whether or not the server already sends the field.
 */

/** Why a resident cannot claim this wish, and so what the way forward is. */
export type ClaimHint = 'register' | 'apply' | 'pending' | 'rejected';

const CLAIM_HINTS: readonly ClaimHint[] = ['register', 'apply', 'pending', 'rejected'];

function field(source: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(source, key) ? (source as Record<string, unknown>)[key] : undefined;
}

function stringField(source: object, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = field(source, key);
    if (typeof value === 'string' && value.trim()) return value;
    if (value && typeof value === 'object') {
      const name = field(value, 'name');
      if (typeof name === 'string' && name.trim()) return name;
    }
  }
  return null;
}

/** The server's hint when it sends one (a string or `{ reason }`), else null. */
export function serverClaimHint(wish: WishDetail): ClaimHint | null {
  const raw = field(wish, 'claimHint');
  const value = raw && typeof raw === 'object' ? (field(raw, 'reason') ?? field(raw, 'code') ?? field(raw, 'kind')) : raw;
  const found = CLAIM_HINTS.find((hint) => hint === value);
  if (found) return found;
  if (value === 'not_volunteer' || value === 'volunteer' || value === 'none') return 'apply';
  if (value === 'volunteer_pending') return 'pending';
  if (value === 'volunteer_rejected') return 'rejected';
  if (value === 'unregistered' || value === 'not_registered') return 'register';
  return null;
}

/** The actions list may already carry `resubmit` before the client's WishAction type does. */
export function allows(wish: WishDetail, action: string): boolean {
  return (wish.actions as readonly string[]).includes(action);
}

/** The claim holder's name on a card of the admin lists (staff see it in full). */
export function claimerName(card: WishCard): string | null {
  return stringField(card, 'claimerName', 'claimVolunteerName', 'claimer');
}

/** The requester's real name on a card of the admin lists; residents are never sent it. */
export function requesterName(card: WishCard): string | null {
  return stringField(card, 'requesterName', 'beneficiaryName', 'requester');
}

/** The community beside the grid on street-wide lists. */
export function communityName(card: WishCard): string | null {
  return stringField(card, 'communityName');
}
