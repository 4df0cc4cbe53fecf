import { fieldIssues } from '@contract/schema';
import type { BeneficiaryType, CreateWishInput, WishCategory } from '@contract/wish';
import { createWishInput } from '@contract/wish';
import type { ReplyError } from '@contract/reply';
import { communityDayAfter, dayLabel } from '../../ui/dates';
import { fieldErrorsFromReply, fieldOfNested } from '../../ui/field-errors';

export interface WishDraft {
  title: string;
  story: string;
  category: WishCategory | null;
  beneficiaryType: BeneficiaryType | null;
  /** Days from today the wish should be done by; null: no date (or the kept one, see keepWantedBy). */
  wantedWithinDays: number | null;
  /** A wish being corrected keeps the date it had (the form shows it as 不改). */
  keepWantedBy: boolean;
  /** A grid worker filing for a resident of their grid. */
  forResident: boolean;
  residentName: string;
  residentPhone: string;
  buildingId: string | null;
  room: string;
  /** fileIDs of photos already uploaded. */
  photos: string[];
}

export type WishField =
  | 'title'
  | 'story'
  | 'category'
  | 'beneficiaryType'
  | 'wantedBy'
  | 'photos'
  | 'residentName'
  | 'residentPhone'
  | 'buildingId'
  | 'room';

export type WishErrors = Partial<Record<WishField, string>>;

/** The fields in the order the form shows them: the first with a message is the one scrolled to. */
export const WISH_FIELD_ORDER: readonly WishField[] = [
  'residentName',
  'residentPhone',
  'buildingId',
  'room',
  'title',
  'story',
  'category',
  'beneficiaryType',
  'wantedBy',
  'photos',
];

export function emptyDraft(forResident: boolean): WishDraft {
  return {
    title: '',
    story: '',
    category: null,
    beneficiaryType: null,
    wantedWithinDays: null,
    keepWantedBy: false,
    forResident,
    residentName: '',
    residentPhone: '',
    buildingId: null,
    room: '',
    photos: [],
  };
}

export interface WantedChoice {
  id: string;
  days: number | null;
  title: string;
}

export const WANTED_CHOICES: readonly WantedChoice[] = [
  { id: 'none', days: null, title: '不限时间' },
  { id: '3', days: 3, title: '3天内' },
  { id: '7', days: 7, title: '一周内' },
  { id: '14', days: 14, title: '两周内' },
  { id: '30', days: 30, title: '一个月内' },
  { id: '90', days: 90, title: '三个月内' },
];

/** The choice that keeps a corrected wish's own date. */
export function keepWantedChoice(day: string): WantedChoice {
  return { id: 'keep', days: null, title: `不改（${dayLabel(day)}前）` };
}

/** 一周内（12月20日前） */
export function wantedLabel(choice: WantedChoice, now: Date = new Date()): string {
  return choice.days === null ? choice.title : `${choice.title}（${dayLabel(communityDayAfter(choice.days, now))}前）`;
}

/** Where each schema path (and each path the server names in `details`) is shown. */
const PATH_FIELDS: Record<string, WishField> = {
  title: 'title',
  story: 'story',
  category: 'category',
  beneficiaryType: 'beneficiaryType',
  wantedBy: 'wantedBy',
  photos: 'photos',
  onBehalfOf: 'residentName',
  'onBehalfOf.name': 'residentName',
  'onBehalfOf.phone': 'residentPhone',
  'onBehalfOf.buildingId': 'buildingId',
  'onBehalfOf.room': 'room',
};

// Own keys only: a path such as 'constructor' names no field.
const fieldOf = fieldOfNested<WishField>((path) => (Object.prototype.hasOwnProperty.call(PATH_FIELDS, path) ? PATH_FIELDS[path] : null));

/** A refusal of the filing → messages at the fields it names (INVALID_INPUT details, CONTENT_REJECTED's field). */
export function errorsFromReply(error: ReplyError): WishErrors {
  return fieldErrorsFromReply(error, fieldOf);
}

/** The schema's own issues ([{ path, message }]) → messages by field; the first per field wins. */
export function errorsFromDetails(details: unknown): WishErrors {
  return errorsFromReply({ code: 'INVALID_INPUT', message: '', details });
}

/** The request the draft describes, checked with the contract's own schema and its Chinese messages. */
export function validateWish(
  draft: WishDraft,
  photos: string[],
  clientRequestId: string,
  now: Date = new Date(),
): { ok: true; input: CreateWishInput } | { ok: false; errors: WishErrors } {
  const candidate = {
    title: draft.title,
    story: draft.story,
    category: draft.category ?? undefined,
    beneficiaryType: draft.beneficiaryType ?? undefined,
    ...(draft.wantedWithinDays !== null ? { wantedBy: communityDayAfter(draft.wantedWithinDays, now) } : {}),
    ...(photos.length ? { photos } : {}),
    ...(draft.forResident
      ? {
          onBehalfOf: {
            name: draft.residentName,
            ...(draft.residentPhone.trim() ? { phone: draft.residentPhone } : {}),
            buildingId: draft.buildingId ?? '',
            ...(draft.room.trim() ? { room: draft.room } : {}),
          },
        }
      : {}),
    clientRequestId,
  };
  const parsed = createWishInput.safeParse(candidate);
  const errors: WishErrors = parsed.success ? {} : errorsFromDetails(fieldIssues(parsed.error));
  if (draft.forResident && !draft.buildingId) errors.buildingId = '请选择受助人所在楼栋';
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, input: parsed.data };
  return { ok: false, errors };
}

/** Generated once per opened form: a retry of the same filing never files twice. */
export function newClientRequestId(): string {
  return `wish-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
