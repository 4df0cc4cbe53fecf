/** The append-only points ledger: one entry per reason and item, its key making a credit happen at most once. */
export const POINTS_LEDGER = 'points_ledger';

export interface LedgerEntry {
  _id: string;
  openid: string;
  delta: number;
  reason: string;
  itemType: string;
  itemId: string;
  communityId: string | null;
  at: unknown;
}

export function ledgerKey(reason: string, itemId: string): string {
  return `${reason}:${itemId}`;
}
