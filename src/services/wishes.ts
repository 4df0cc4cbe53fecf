import type { Reply } from '@contract/reply';
import type {
  CreateWishInput,
  ListWishesInput,
  MyWishes,
  WishDetail,
  WishPage,
  WishStatus,
} from '@contract/wish';
import { callAction } from './cloud';

const FN = 'wishes';

/** What the state-changing actions answer: the wish's new status (the page reloads the detail after). */
export interface WishStatusResult {
  id: string;
  status: WishStatus;
}

export interface ClaimResult extends WishStatusResult {
  claimExpiresAt: string;
}

export interface ConfirmedResult extends WishStatusResult {
  pointsCredited: number;
}

export interface ReviewWishRequest {
  id: string;
  approve: boolean;
  reason?: string;
}

export interface FulfilWishRequest {
  id: string;
  note: string;
  photos?: string[];
}

export interface AdminListRequest {
  status?: WishStatus;
  cursor?: string;
}

export const createWish = (input: CreateWishInput): Promise<Reply<WishDetail>> => callAction(FN, 'create', input);
export const listWishes = (input: ListWishesInput = {}): Promise<Reply<WishPage>> => callAction(FN, 'list', input);
export const myWishes = (): Promise<Reply<MyWishes>> => callAction(FN, 'mine');
export const getWish = (id: string): Promise<Reply<WishDetail>> => callAction(FN, 'get', { id });
export const reviewWish = (input: ReviewWishRequest): Promise<Reply<WishDetail>> => callAction(FN, 'review', input);
export const claimWish = (id: string): Promise<Reply<ClaimResult>> => callAction(FN, 'claim', { id });
export const cancelClaim = (id: string): Promise<Reply<WishStatusResult>> => callAction(FN, 'cancelClaim', { id });
export const fulfilWish = (input: FulfilWishRequest): Promise<Reply<WishStatusResult>> => callAction(FN, 'fulfil', input);
export const confirmWish = (id: string, thanks?: string): Promise<Reply<ConfirmedResult>> =>
  callAction(FN, 'confirm', thanks ? { id, thanks } : { id });
export const withdrawWish = (id: string): Promise<Reply<WishStatusResult>> => callAction(FN, 'withdraw', { id });
export const adminListWishes = (input: AdminListRequest = {}): Promise<Reply<WishPage>> =>
  callAction(FN, 'adminList', input);
