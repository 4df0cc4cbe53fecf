import type { ComplaintCategory, Urgency } from '@contract/complaint-labels';
import type { ComplaintLocation, CreateComplaintInput } from '@contract/complaint';
import type { ReplyError } from '@contract/reply';
import { fitsChars } from '@contract/text';
import { fieldErrorsFromReply, fieldOfNested } from '../../ui/field-errors';

/** The create schema's limit on the sentence (types/complaint.ts COMPLAINT_TEXT_MAX; a test keeps them equal). */
export const TEXT_MAX = 500;
export const PHOTOS_MAX = 6;
const ADDRESS_MAX = 100;

export interface ComplaintDraft {
  category: ComplaintCategory | null;
  text: string;
  urgency: Urgency;
  anonymous: boolean;
  private: boolean;
  /** fileIDs of photos already uploaded. */
  photos: string[];
  location: ComplaintLocation | null;
}

export type ComplaintField = 'photos' | 'category' | 'text' | 'urgency' | 'location';
export type ComplaintErrors = Partial<Record<ComplaintField, string>>;

/** The order the form shows them in: the first field with a message is the one scrolled to. */
export const COMPLAINT_FIELD_ORDER: readonly ComplaintField[] = ['photos', 'category', 'text', 'urgency', 'location'];

export function emptyComplaintDraft(): ComplaintDraft {
  return { category: null, text: '', urgency: 'normal', anonymous: false, private: false, photos: [], location: null };
}

const PATH_FIELDS: Record<string, ComplaintField> = {
  category: 'category',
  text: 'text',
  photos: 'photos',
  urgency: 'urgency',
  location: 'location',
};

const fieldOf = fieldOfNested<ComplaintField>((path) =>
  Object.prototype.hasOwnProperty.call(PATH_FIELDS, path) ? PATH_FIELDS[path] : null,
);

/** A refusal of the filing → messages at the fields it names (INVALID_INPUT details, CONTENT_REJECTED's field). */
export function complaintErrorsFromReply(error: ReplyError): ComplaintErrors {
  return fieldErrorsFromReply(error, fieldOf);
}

/**
 * The request the draft describes, checked by the create schema's rules and with its messages (without zod,
 * which stays out of the pages' bundles).
 */
export function validateComplaint(
  draft: ComplaintDraft,
  photos: string[],
  buildingId: string | null,
  clientRequestId: string,
): { ok: true; input: CreateComplaintInput } | { ok: false; errors: ComplaintErrors } {
  const errors: ComplaintErrors = {};
  const text = draft.text.trim();
  if (!draft.category) errors.category = '请选择问题类别';
  if (!text) errors.text = '请填写问题描述';
  else if (!fitsChars(text, TEXT_MAX)) errors.text = `问题描述不能超过${TEXT_MAX}个字`;
  if (photos.length > PHOTOS_MAX) errors.photos = `最多上传${PHOTOS_MAX}张照片`;
  if (!draft.category || Object.keys(errors).length > 0) return { ok: false, errors };
  const location = draft.location
    ? {
        latitude: draft.location.latitude,
        longitude: draft.location.longitude,
        ...(draft.location.address ? { address: draft.location.address.slice(0, ADDRESS_MAX) } : {}),
      }
    : null;
  return {
    ok: true,
    input: {
      category: draft.category,
      text,
      ...(photos.length ? { photos } : {}),
      ...(buildingId ? { buildingId } : {}),
      ...(location ? { location } : {}),
      urgency: draft.urgency,
      ...(draft.anonymous ? { anonymous: true } : {}),
      ...(draft.private ? { private: true } : {}),
      clientRequestId,
    },
  };
}

/** Generated once per opened form: a retry of the same filing never files twice. */
export function newComplaintRequestId(): string {
  return `complaint-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
