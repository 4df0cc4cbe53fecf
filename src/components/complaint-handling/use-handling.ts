import { useState } from 'react';
import type { ComplaintResult } from '@contract/complaint';
import type { Reply } from '@contract/reply';
import type { FieldOfPath } from '../../ui/field-errors';
import { fieldErrorsFromReply } from '../../ui/field-errors';
import { showError, showSuccess } from '../../ui/toast';

/** Refusals that mean the case moved on meanwhile: the page reloads it to show where it stands. */
const MOVED_ON = new Set(['COMPLAINT_CHANGED', 'COMPLAINT_ALREADY_ACCEPTED', 'INVALID_STATE', 'ALREADY_SUMMONED', 'EXTENSION_USED']);

export interface Handling<F extends string> {
  busy: boolean;
  errors: Partial<Record<F, string>>;
  setError(field: F, message: string | undefined): void;
  /** Sends; one outcome, one message: a success toast, a refusal at its field, or else a refusal toast. */
  send(call: () => Promise<Reply<ComplaintResult>>, success: string): Promise<void>;
}

/** What every handling step shares: busy while sending, field errors, the one message of the outcome. */
export function useHandling<F extends string>(
  fieldOf: FieldOfPath<F>,
  onDone: (result?: ComplaintResult) => void,
): Handling<F> {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});

  async function send(call: () => Promise<Reply<ComplaintResult>>, success: string) {
    setBusy(true);
    const reply = await call();
    setBusy(false);
    if (reply.ok) {
      showSuccess(success);
      onDone(reply.data);
      return;
    }
    const atFields = fieldErrorsFromReply(reply.error, fieldOf);
    if (Object.keys(atFields).length > 0) {
      setErrors(atFields);
      return;
    }
    showError(reply.error.message);
    if (MOVED_ON.has(reply.error.code)) onDone();
  }

  return {
    busy,
    errors,
    setError: (field, message) => setErrors((current) => ({ ...current, [field]: message })),
    send,
  };
}
