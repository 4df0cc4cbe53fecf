import { useCallback, useEffect, useRef, useState } from 'react';
import { readDraft, removeDraft, writeDraft } from '../state/drafts';

export interface Draft<T> {
  value: T;
  /** Keeps a change in local storage after a pause in typing, and at once when the form closes (a draft equal to the start is removed). */
  set(update: T | ((current: T) => T)): void;
  /** The form opened with text restored from an earlier visit. */
  restored: boolean;
  /** Differs from what the form started with and is not sent yet: leaving would lose work. */
  dirty: boolean;
  /** After a successful submit: the stored draft is gone and nothing is unsaved any more. */
  clear(): void;
  /** 清空重填: back to the start, stored draft removed. */
  discard(): void;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Typing writes storage at most this often (weapp storage is synchronous I/O); leaving writes at once. */
const WRITE_DELAY_MS = 400;

function sameKind(start: unknown, stored: unknown): boolean {
  if (start === null || stored === null) return true;
  if (Array.isArray(start)) return Array.isArray(stored);
  return typeof start === typeof stored;
}

/**
 * What was stored, read through the start value: only the start's own keys, each only when it holds the
 * same kind of value (storage is outside our control, a stale shape must not break the form).
 */
export function restoreOver<T>(start: T, stored: unknown): T | null {
  if (typeof start !== 'object' || start === null || Array.isArray(start)) return null;
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return null;
  const source = stored as Record<string, unknown>;
  const entries = Object.keys(start).map((key) => {
    const fallback = (start as Record<string, unknown>)[key];
    const candidate = Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined;
    return [key, candidate !== undefined && sameKind(fallback, candidate) ? candidate : fallback] as const;
  });
  return Object.fromEntries(entries) as T;
}

/**
 * One form's draft: starts from what was stored under `form` (when it differs from `start`), otherwise
 * from `start`. `form` names the form and the item ('wish.new', 'wish.resubmit.<id>', 'profile').
 */
export function useDraft<T extends object>(form: string, start: T): Draft<T> {
  const startRef = useRef(start);
  const [initial] = useState(() => {
    const restored = restoreOver(start, readDraft(form));
    return restored && !same(restored, start) ? { value: restored, restored: true } : { value: start, restored: false };
  });
  const [value, setValue] = useState<T>(initial.value);
  const [restored, setRestored] = useState(initial.restored);
  const [sent, setSent] = useState(false);

  // The latest value not yet in storage; written after a pause in typing, or when the form goes away.
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const latest = pending.current;
    pending.current = null;
    if (!latest) return;
    if (same(latest.value, startRef.current)) removeDraft(form);
    else writeDraft(form, latest.value);
  }, [form]);

  useEffect(() => flush, [flush]);

  const set = useCallback(
    (update: T | ((current: T) => T)) => {
      setSent(false);
      setValue((current) => {
        const next = typeof update === 'function' ? (update as (current: T) => T)(current) : update;
        pending.current = { value: next };
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(flush, WRITE_DELAY_MS);
        return next;
      });
    },
    [flush],
  );

  const clear = useCallback(() => {
    pending.current = null;
    flush();
    removeDraft(form);
    setSent(true);
  }, [form, flush]);

  const discard = useCallback(() => {
    pending.current = null;
    flush();
    removeDraft(form);
    setValue(startRef.current);
    setRestored(false);
  }, [form, flush]);

  return {
    value,
    set,
    restored,
    dirty: !sent && !same(value, startRef.current),
    clear,
    discard,
  };
}
