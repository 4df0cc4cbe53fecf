import type { WishContact, WishDetail } from '@contract/wish';

/**
 * The person the wish is for, as the reader may see them: the server's `contact`; a detail that carries only
 * `beneficiary` (written before `contact` existed) gets one built from it, the reader being that person when
 * their openid is the beneficiary's.
 */
export function contactOf(wish: WishDetail, viewerOpenid: string | null): WishContact | null {
  if (wish.contact) return wish.contact;
  const person = wish.beneficiary;
  if (!person) return null;
  const self = Boolean(viewerOpenid) && person.openid === viewerOpenid;
  return { name: person.name, phone: person.phone, room: person.room, buildingName: wish.buildingName, self, callable: !self && Boolean(person.phone) };
}

/** The reader filed it for a neighbour (as 网格员 / 楼栋长), and so reads the neighbour's name. */
export function filedForNeighbour(wish: WishDetail, contact: WishContact | null): boolean {
  return wish.filedByMe && wish.filedByGridWorker && !(contact?.self ?? false);
}
