import type { MyWishes, WishDoc } from '../../../types/wish';
import { mineInput } from '../../../types/wish';
import { defineAction } from '../../_shared/action';
import { database, rows } from '../../_shared/runtime';
import { WISHES } from '../../_shared/wishes/wish-store';
import { toCard } from './wish-views';

/** The most recent of each list (older ones are out of reach here: a resident files a handful a year). */
const MINE_LIMIT = 50;

/** 我的心愿 (filed by me or for me) and 我的认领 (claimed by me). */
export const mine = defineAction({
  input: mineInput,
  access: { kind: 'identified' },
  async run({ openid }) {
    const db = database();
    const _ = db.command;
    const [wishes, claims] = await Promise.all([
      rows<WishDoc>(
        db
          .collection(WISHES)
          .where(_.or([{ requesterOpenid: openid }, { 'beneficiary.openid': openid }]))
          .orderBy('createdAt', 'desc')
          .limit(MINE_LIMIT),
      ),
      rows<WishDoc>(db.collection(WISHES).where({ 'claim.volunteerOpenid': openid }).orderBy('updatedAt', 'desc').limit(MINE_LIMIT)),
    ]);
    const now = new Date();
    const result: MyWishes = { wishes: wishes.map((wish) => toCard(wish, now)), claims: claims.map((wish) => toCard(wish, now)) };
    return result;
  },
});
