/**
 * One entry of the append-only `events` collection: the timeline users see, the audit log admins read,
 * and — through `recipients` — the inbox of everyone who must hear of it.
 */
export interface EventDoc {
  _id: string;
  itemType: 'user' | 'wish' | 'complaint' | 'meeting' | 'ledger';
  itemId: string;
  /** Shown in the inbox and the audit log without reading the item. */
  itemTitle: string | null;
  communityId: string | null;
  /** Set on an event of the whole street (a street-wide 台账 export), whose `communityId` is null: the street's audit log reads it. */
  streetId?: string | null;
  /** What happened, e.g. `wish.claimed`. */
  action: string;
  from: string | null;
  to: string | null;
  actorOpenid: string;
  /** Role-neutral label of who acted (志愿者, 社区, 系统…): timelines never show names. */
  actorLabel: string;
  note: string | null;
  /**
   * Who is told: openids (the event appears in their inbox and a subscription message is sent) and
   * audience keys such as `@grid_worker:grid-1` (types/audience.ts: the event appears in the inbox of
   * whoever belongs to the audience when they read it; no subscription message). Never the actor.
   */
  recipients: string[];
  /**
   * Points this event credits (or debits): the points ledger is the events that carry this. Such an event's
   * `_id` is its idempotency key (`<reason>:<itemId>`), written in the same transaction as the balance.
   */
  points?: PointsEntry;
  /**
   * For an item filed on a neighbour's behalf: who filed it and the neighbour's display name (never a phone
   * or a room), so that the filer's inbox says 您为王秀英提交的心愿… and the neighbour's says 您的心愿….
   */
  onBehalfOf?: OnBehalfOfNote | null;
  /**
   * Other items whose timeline shows this event too, as `<itemType>:<itemId>` (a topic raised from a complaint
   * appears on the complaint's timeline).
   */
  alsoOn?: string[];
  at: Date;
}

export interface OnBehalfOfNote {
  filerOpenid: string;
  name: string;
}

export interface PointsEntry {
  openid: string;
  delta: number;
}

/** The idempotency key of a points-carrying event: one credit per reason and item, ever. */
export function pointsEventId(reason: string, itemId: string): string {
  return `${reason}:${itemId}`;
}

/** What a timeline shows. */
export interface TimelineEntry {
  action: string;
  /** Set when the event belongs to another item shown here through `alsoOn`: where the line leads. */
  link?: { itemType: EventDoc['itemType']; itemId: string; title: string | null } | null;
  from: string | null;
  to: string | null;
  actorLabel: string;
  note: string | null;
  at: string;
}

export interface InboxItem {
  id: string;
  itemType: EventDoc['itemType'];
  itemId: string;
  itemTitle: string | null;
  action: string;
  text: string;
  note: string | null;
  at: string;
  unread: boolean;
}

export interface InboxPage {
  items: InboxItem[];
  nextCursor: string | null;
  unreadCount: number;
}
