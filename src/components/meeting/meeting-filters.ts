import type { ListMeetingsInput } from '@contract/meeting';
import type { MeetingScope, MeetingStatus } from '@contract/meeting-labels';
import { MEETING_SCOPES, MEETING_STATUS_LABELS, SCOPE_LABELS } from '@contract/meeting-labels';
import type { Option } from '../option-sheet/option-sheet';

export const ALL = 'all';

/** The statuses a resident filters by: the live steps and the end most look for (the other ends stay under 全部). */
const FILTER_STATUSES: readonly MeetingStatus[] = ['proposed', 'grid_review', 'community_decision', 'scheduled', 'implementing', 'evaluating', 'closed'];

export const STATUS_CHIPS: readonly Option[] = [
  { id: ALL, name: '全部' },
  ...FILTER_STATUSES.map((status) => ({ id: status, name: MEETING_STATUS_LABELS[status] })),
];

export const SCOPE_CHIPS: readonly Option[] = [
  { id: ALL, name: '全部范围' },
  ...MEETING_SCOPES.map((scope) => ({ id: scope, name: SCOPE_LABELS[scope] })),
];

export interface MeetingFilter {
  status: string;
  scope: string;
}

/** The list request the chips describe. */
export function listInput(filter: MeetingFilter, cursor: string | undefined): ListMeetingsInput {
  const status = FILTER_STATUSES.find((value) => value === filter.status);
  const scope = MEETING_SCOPES.find((value): value is MeetingScope => value === filter.scope);
  return { ...(cursor ? { cursor } : {}), ...(status ? { status } : {}), ...(scope ? { scope } : {}) };
}
