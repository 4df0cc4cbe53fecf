import { fieldIssues } from '@contract/schema';
import type { BeneficiaryType, CreateWishInput, WishCategory } from '@contract/wish';
import { createWishInput } from '@contract/wish';
import { communityDayAfter, dayLabel } from '../../ui/dates';

export interface WishDraft {
  title: string;
  story: string;
  category: WishCategory | null;
  beneficiaryType: BeneficiaryType | null;
  /** Days from today the wish should be done by; null: no date. */
  wantedWithinDays: number | null;
  /** A grid worker filing for a resident of their grid. */
  forResident: boolean;
  residentName: string;
  residentPhone: string;
  buildingId: string | null;
  room: string;
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

export function emptyDraft(forResident: boolean): WishDraft {
  return {
    title: '',
    story: '',
    category: null,
    beneficiaryType: null,
    wantedWithinDays: null,
    forResident,
    residentName: '',
    residentPhone: '',
    buildingId: null,
    room: '',
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

function fieldOf(path: string): WishField | null {
  if (PATH_FIELDS[path]) return PATH_FIELDS[path];
  // photos.3 → photos
  const head = path.split('.').slice(0, -1).join('.');
  return head ? fieldOf(head) : null;
}

function isIssue(value: unknown): value is { path: string; message: string } {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { path?: unknown; message?: unknown };
  return typeof candidate.path === 'string' && typeof candidate.message === 'string';
}

/** The server's INVALID_INPUT `details` ([{ path, message }]) → messages by field; the first per field wins. */
export function errorsFromDetails(details: unknown): WishErrors {
  const errors: WishErrors = {};
  if (!Array.isArray(details)) return errors;
  for (const issue of details.filter(isIssue)) {
    const field = fieldOf(issue.path);
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
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
