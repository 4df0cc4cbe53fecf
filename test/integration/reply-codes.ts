import type { Reply } from '@contract/reply';

/** How many replies succeeded (`ok`) and how many failed with each error code. */
export function codes(replies: Array<Reply<unknown>>): Record<string, number> {
  const counted: Record<string, number> = {};
  for (const reply of replies) {
    const key = reply.ok ? 'ok' : reply.error.code;
    counted[key] = (counted[key] ?? 0) + 1;
  }
  return counted;
}
