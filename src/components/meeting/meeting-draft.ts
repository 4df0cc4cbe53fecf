import type { ProposeInput } from '@contract/meeting';
import type { MeetingScope } from '@contract/meeting-labels';
import type { ReplyError } from '@contract/reply';
import { fitsChars } from '@contract/text';
import type { MyProfile } from '@contract/user';
import { fieldErrorsFromReply } from '../../ui/field-errors';

/** The propose schema's limits (types/meeting.ts MEETING_TITLE_MAX / MEETING_BACKGROUND_MAX; a test keeps them equal). */
export const TITLE_MAX = 40;
export const BACKGROUND_MAX = 1000;

export interface MeetingDraft {
  title: string;
  background: string;
  scope: MeetingScope | null;
}

export type MeetingField = 'title' | 'background' | 'scope' | 'fromComplaintId';
export type MeetingErrors = Partial<Record<MeetingField, string>>;

export const MEETING_FIELD_ORDER: readonly MeetingField[] = ['fromComplaintId', 'title', 'background', 'scope'];

export function emptyMeetingDraft(): MeetingDraft {
  return { title: '', background: '', scope: null };
}

/** The form's draft: one per complaint it is raised from, one for a topic of one's own. */
export function meetingDraftKey(fromComplaintId: string | null): string {
  return fromComplaintId ? `meeting.new.${fromComplaintId}` : 'meeting.new';
}

const fieldOf = (path: string): MeetingField | null =>
  path === 'title' || path === 'background' || path === 'scope' || path === 'fromComplaintId' ? path : null;

/** A refusal of the proposal → messages at the fields it names (INVALID_INPUT details, CONTENT_REJECTED's field). */
export function meetingErrorsFromReply(error: ReplyError): MeetingErrors {
  return fieldErrorsFromReply(error, fieldOf);
}

/** Whether the profile names the place a scope needs (a building topic needs one's building, and so on). */
export function scopeAvailable(profile: Pick<MyProfile, 'buildingId' | 'gridId' | 'communityId'>, scope: MeetingScope): boolean {
  return Boolean(scope === 'building' ? profile.buildingId : scope === 'grid' ? profile.gridId : profile.communityId);
}

/** The request the draft describes, checked by the propose schema's rules and with its messages (without zod). */
export function validateMeeting(
  draft: MeetingDraft,
  fromComplaintId: string | null,
  clientRequestId: string,
): { ok: true; input: ProposeInput } | { ok: false; errors: MeetingErrors } {
  const errors: MeetingErrors = {};
  const title = draft.title.trim();
  const background = draft.background.trim();
  if (!title) errors.title = '请填写议题';
  else if (!fitsChars(title, TITLE_MAX)) errors.title = `议题不能超过${TITLE_MAX}个字`;
  if (!background) errors.background = '请填写背景说明';
  else if (!fitsChars(background, BACKGROUND_MAX)) errors.background = `背景说明不能超过${BACKGROUND_MAX}个字`;
  if (!draft.scope) errors.scope = '请选择议事范围';
  if (!draft.scope || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: { title, background, scope: draft.scope, ...(fromComplaintId ? { fromComplaintId } : {}), clientRequestId },
  };
}

/** Generated once per opened form: a retry of the same proposal never files twice. */
export function newMeetingRequestId(): string {
  return `meeting-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
