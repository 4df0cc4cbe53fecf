import { useState } from 'react';
import type { Reply } from '@contract/reply';
import { showError, showSuccess } from '../ui/toast';
import type { PageLoader, PagedList } from './use-paged-list';
import { usePagedList } from './use-paged-list';

export interface ReviewQueue<T> {
  list: PagedList<T>;
  /** What still waits: the loaded items less those reviewed here. */
  waiting: T[];
  busyId: string | null;
  review(item: T, approve: boolean, reason?: string): Promise<void>;
  /** From the first page again, e.g. back from a detail page where an item may have been reviewed. */
  refresh(): void;
}

interface Options<T> {
  load: PageLoader<T>;
  idOf: (item: T) => string;
  send: (item: T, approve: boolean, reason?: string) => Promise<Reply<unknown>>;
  toasts: { approved: string; rejected: string };
}

/** A paged queue of items to approve or reject; a decided item leaves the queue, a refusal is shown as is. */
export function useReviewQueue<T>({ load, idOf, send, toasts }: Options<T>): ReviewQueue<T> {
  const list = usePagedList<T>(load, 'queue');
  const [busyId, setBusyId] = useState<string | null>(null);
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());

  async function review(item: T, approve: boolean, reason?: string) {
    const id = idOf(item);
    setBusyId(id);
    const reply = await send(item, approve, reason);
    setBusyId(null);
    if (!reply.ok) {
      showError(reply.error.message);
      return;
    }
    setDone((current) => new Set(current).add(id));
    showSuccess(approve ? toasts.approved : toasts.rejected);
  }

  function refresh() {
    if (list.status !== 'ready') return;
    setDone(new Set());
    void list.reload(true);
  }

  return { list, waiting: list.items.filter((item) => !done.has(idOf(item))), busyId, review, refresh };
}
