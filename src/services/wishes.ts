import type { Reply } from '@contract/reply';
import type {
  AdminListWishesInput,
  AdminWishPage,
  ClaimResult,
  ConfirmResult,
  CreateWishInput,
  FulfilWishInput,
  ListWishesInput,
  MyWishes,
  ResubmitWishInput,
  ReviewWishInput,
  WishDetail,
  WishPage,
  WishStatusChange,
} from '@contract/wish';
import { callAction } from './cloud';

const FN = 'wishes';

export const createWish = (input: CreateWishInput): Promise<Reply<WishDetail>> => callAction(FN, 'create', input);
export const listWishes = (input: ListWishesInput = {}): Promise<Reply<WishPage>> => callAction(FN, 'list', input);
export const myWishes = (): Promise<Reply<MyWishes>> => callAction(FN, 'mine');
export const getWish = (id: string): Promise<Reply<WishDetail>> => callAction(FN, 'get', { id });
export const reviewWish = (input: ReviewWishInput): Promise<Reply<WishDetail>> => callAction(FN, 'review', input);
export const claimWish = (id: string): Promise<Reply<ClaimResult>> => callAction(FN, 'claim', { id });
export const cancelClaim = (id: string): Promise<Reply<WishStatusChange>> => callAction(FN, 'cancelClaim', { id });
export const fulfilWish = (input: FulfilWishInput): Promise<Reply<WishStatusChange>> => callAction(FN, 'fulfil', input);
export const confirmWish = (id: string, thanks?: string): Promise<Reply<ConfirmResult>> =>
  callAction(FN, 'confirm', thanks ? { id, thanks } : { id });
export const withdrawWish = (id: string): Promise<Reply<WishStatusChange>> => callAction(FN, 'withdraw', { id });
export const adminListWishes = (input: AdminListWishesInput = {}): Promise<Reply<AdminWishPage>> =>
  callAction(FN, 'adminList', input);
export const resubmitWish = (input: ResubmitWishInput): Promise<Reply<WishDetail>> => callAction(FN, 'resubmit', input);
