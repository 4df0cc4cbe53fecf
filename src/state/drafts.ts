import Taro from '@tarojs/taro';
import { sessionStore } from './session';

/** A form's unsent text, per user and form, in local storage. */
interface StoredDraft {
  v: 1;
  savedAt: number;
  value: unknown;
}

const PREFIX = 'gh.draft';
/** A draft nobody came back to within a month is not worth restoring. */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/** Per user: on a shared phone (or the h5 demo picker) one person never sees another's draft. */
function storageKey(form: string): string {
  const owner = sessionStore.get().profile?.openid ?? 'anonymous';
  return `${PREFIX}.${owner}.${form}`;
}

function isStored(raw: unknown): raw is StoredDraft {
  if (typeof raw !== 'object' || raw === null) return false;
  const candidate = raw as { v?: unknown; savedAt?: unknown };
  return candidate.v === 1 && typeof candidate.savedAt === 'number';
}

export function readDraft(form: string, now: number = Date.now()): unknown {
  try {
    const raw: unknown = Taro.getStorageSync(storageKey(form));
    if (!isStored(raw)) return undefined;
    if (now - raw.savedAt > MAX_AGE_MS) {
      removeDraft(form);
      return undefined;
    }
    return raw.value;
  } catch {
    return undefined;
  }
}

export function writeDraft(form: string, value: unknown): void {
  const stored: StoredDraft = { v: 1, savedAt: Date.now(), value };
  try {
    Taro.setStorageSync(storageKey(form), stored);
  } catch {
    // Storage full or unavailable: the form still works, only without a draft.
  }
}

export function removeDraft(form: string): void {
  try {
    Taro.removeStorageSync(storageKey(form));
  } catch {
    // Nothing stored, or no storage.
  }
}
