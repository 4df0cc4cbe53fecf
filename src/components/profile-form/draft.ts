import type { OrgTree, OrgCommunity, OrgGrid } from '@contract/org';
import { findCommunity, findGrid } from '@contract/org';
import { fieldIssues } from '@contract/schema';
import type { MyProfile, UpdateProfileInput } from '@contract/user';
import { updateProfileInput } from '@contract/user';
import type { ReplyError } from '@contract/reply';
import { fieldErrorsFromReply } from '../../ui/field-errors';

export interface ProfileDraft {
  name: string;
  phone: string;
  room: string;
  communityId: string | null;
  gridId: string | null;
  buildingId: string | null;
}

export type DraftField = keyof ProfileDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

/** The fields in the order the form shows them: the first with a message is the one scrolled to. */
export const PROFILE_FIELD_ORDER: readonly DraftField[] = ['name', 'phone', 'communityId', 'gridId', 'buildingId', 'room'];

export function draftFromProfile(profile: MyProfile): ProfileDraft {
  return {
    name: profile.name,
    phone: profile.phone ?? '',
    room: profile.room ?? '',
    communityId: profile.communityId,
    gridId: profile.gridId,
    buildingId: profile.buildingId,
  };
}

export function allCommunities(tree: OrgTree): OrgCommunity[] {
  return tree.streets.flatMap((street) => street.communities);
}

export function gridsOf(tree: OrgTree, communityId: string | null): OrgGrid[] {
  return findCommunity(tree, communityId)?.grids ?? [];
}

export function buildingsOf(tree: OrgTree, gridId: string | null) {
  return findGrid(tree, gridId)?.buildings ?? [];
}

const PLACEMENT_MESSAGES = {
  communityId: '请选择所在社区',
  gridId: '请选择所在网格',
  buildingId: '请选择所在楼栋',
} as const;

function isDraftField(path: string): path is DraftField {
  return ['name', 'phone', 'room', 'communityId', 'gridId', 'buildingId'].includes(path);
}

/**
 * Checks a draft with the contract's own schema (its Chinese messages are shown next to each field).
 * Name, room and the full placement are required to register; the phone is optional.
 */
export function validateDraft(draft: ProfileDraft): { ok: true; input: UpdateProfileInput } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  for (const field of ['communityId', 'gridId', 'buildingId'] as const) {
    if (!draft[field]) errors[field] = PLACEMENT_MESSAGES[field];
  }
  const candidate = {
    name: draft.name,
    room: draft.room,
    ...(draft.phone.trim() ? { phone: draft.phone } : {}),
    ...(draft.communityId ? { communityId: draft.communityId } : {}),
    ...(draft.gridId ? { gridId: draft.gridId } : {}),
    ...(draft.buildingId ? { buildingId: draft.buildingId } : {}),
  };
  const parsed = updateProfileInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of fieldIssues(parsed.error)) {
      if (isDraftField(issue.path) && !errors[issue.path]) errors[issue.path] = issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}

/** A refusal of the save → messages at the fields it names (INVALID_INPUT details, CONTENT_REJECTED's field). */
export function profileErrorsFromReply(error: ReplyError): DraftErrors {
  return fieldErrorsFromReply<DraftField>(error, (path) => (isDraftField(path) ? path : null));
}
