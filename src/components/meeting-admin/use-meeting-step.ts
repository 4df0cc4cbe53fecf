import { useState } from 'react';
import type { Reply } from '@contract/reply';
import type { FieldOfPath } from '../../ui/field-errors';
import { fieldErrorsFromReply } from '../../ui/field-errors';
import { showError, showSuccess } from '../../ui/toast';

/** Refusals that mean the topic moved on meanwhile: the page reloads it to show where it stands. */
const MOVED_ON = new Set(['MEETING_CHANGED', 'INVALID_STATE']);

export interface MeetingStep<F extends string> {
  busy: boolean;
  errors: Partial<Record<F, string>>;
  setError(field: F, message: string | undefined): void;
  /** Sends; one outcome, one message: a success toast, a refusal at its field, or else the refusal's Chinese text. */
  send<T>(call: () => Promise<Reply<T>>, success: string | ((data: T) => string)): Promise<boolean>;
}

/** What every admin step on a topic shares: busy while sending, field errors, one message per outcome, then a reload. */
export function useMeetingStep<F extends string>(fieldOf: FieldOfPath<F>, onDone: () => void): MeetingStep<F> {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});

  async function send<T>(call: () => Promise<Reply<T>>, success: string | ((data: T) => string)): Promise<boolean> {
    setBusy(true);
    const reply = await call();
    setBusy(false);
    if (reply.ok) {
      setErrors({});
      showSuccess(typeof success === 'function' ? success(reply.data) : success);
      onDone();
      return true;
    }
    const atFields = fieldErrorsFromReply(reply.error, fieldOf);
    if (Object.keys(atFields).length > 0) {
      setErrors(atFields);
      return false;
    }
    showError(reply.error.message);
    if (MOVED_ON.has(reply.error.code)) onDone();
    return false;
  }

  return {
    busy,
    errors,
    setError: (field, message) => setErrors((current) => ({ ...current, [field]: message })),
    send,
  };
}

/** A field reached by its own path only. */
export const onlyFields = <F extends string>(...fields: F[]) => (path: string): F | null => fields.find((field) => field === path) ?? null;
