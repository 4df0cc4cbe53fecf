import { useState } from 'react';
import type { ComplaintCard } from '@contract/complaint';
import { supportComplaint } from '../../services/complaints';
import { showError, showSuccess } from '../../ui/toast';
import type { SupportState } from './complaint-card';

/**
 * 同问 on a list: what this visit added to each card (the card itself does not say whether the caller has
 * 同问'd; a second tap answers ALREADY_SUPPORTED and the card then shows 已同问 too).
 */
export function useSupports() {
  const [done, setDone] = useState<Record<string, number>>({});
  const [busy, setBusy] = useState<string | null>(null);

  function stateOf(card: ComplaintCard): SupportState {
    const added = done[card.id];
    return { supported: added !== undefined, count: card.supportCount + (added ?? 0), busy: busy === card.id };
  }

  async function support(card: ComplaintCard) {
    if (busy) return;
    setBusy(card.id);
    const reply = await supportComplaint(card.id);
    setBusy(null);
    if (reply.ok) {
      setDone((current) => ({ ...current, [card.id]: 1 }));
      showSuccess('已同问，办结时会通知您');
    } else if (reply.error.code === 'ALREADY_SUPPORTED') {
      setDone((current) => ({ ...current, [card.id]: 0 }));
      showError(reply.error.message);
    } else {
      showError(reply.error.message);
    }
  }

  return { stateOf, support };
}
