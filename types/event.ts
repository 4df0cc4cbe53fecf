/** One entry of the append-only `events` collection: the timeline users see and the audit log admins read. */
export interface EventDoc {
  _id: string;
  itemType: 'user' | 'wish' | 'complaint' | 'meeting';
  itemId: string;
  communityId: string | null;
  /** What happened, e.g. `wish.claimed`. */
  action: string;
  from: string | null;
  to: string | null;
  actorOpenid: string;
  note: string | null;
  at: Date;
}

/** What a timeline shows: the actor's identity is reduced to a role-neutral label. */
export interface TimelineEntry {
  action: string;
  from: string | null;
  to: string | null;
  actorLabel: string;
  note: string | null;
  at: string;
}
