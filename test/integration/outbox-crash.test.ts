/**
 * No acknowledged change is left without its event: the local cloud (database and function instances
 * alike) is killed with -9 while wishes are being filed, reviewed and claimed, restarted on the same data, and after
 * the scheduler's replay every wish's status has exactly the events that led to it and an empty outbox. Calls
 * leave their entries in the outbox (the replay alone clears them), so the replay meets every case at once:
 * entries delivered before the kill (only cleared), entries cut off between the update and the add
 * (delivered, once), and a second replay that finds nothing to do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reply } from '@contract/reply';
import type { WishDetail } from '@contract/wish';
import { generateSecret } from '../../emulator/config';
import { connectSdk } from '../../emulator/testing';
import { freePort, killHard, startCloudProcess } from '../../emulator/testing-process';
import { wishInput } from './wish-helpers';

const PIPELINES = 60;
/** Reviews acknowledged before the kill: the rest are cut off at every step of their way. */
const ACKNOWLEDGED_BEFORE_KILL = 15;

async function call<T>(port: number, openid: string, name: string, data: Record<string, unknown>): Promise<Reply<T>> {
  const res = await fetch(`http://127.0.0.1:${port}/__cloud/callFunction`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify({ name, data }),
  });
  return ((await res.json()) as { result: Reply<T> }).result;
}

interface StoredWish {
  _id: string;
  status: string;
  outbox?: unknown[];
}

/** The events each status implies. */
const HISTORY: Record<string, string[]> = {
  pending_review: ['wish.created'],
  published: ['wish.created', 'wish.published'],
  rejected: ['wish.created', 'wish.rejected'],
  claimed: ['wish.created', 'wish.published', 'wish.claimed'],
};

/** Volunteers who claim some of the published wishes on the way (each within the claim limit). */
const VOLUNTEERS = ['demo-volunteer', 'demo-volunteer-2'];

test('after kill -9, a restart and the replay, every wish has exactly the events of its status', async () => {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'local-cloud-outbox-crash-'));
  const secret = generateSecret();
  let child = await startCloudProcess(port, dataDir, secret);
  try {
    process.env.SILENCE = 'true';
    const acknowledged = new Map<string, string>();
    let reviewed = 0;
    const pipeline = async (index: number): Promise<void> => {
      const filer = index % 2 === 0 ? 'demo-resident' : 'demo-resident-2';
      const created = await call<WishDetail>(port, filer, 'wishes', { action: 'create', ...wishInput({ clientRequestId: `crash-request-${index}` }) });
      if (!created.ok) return;
      acknowledged.set(created.data.id, 'pending_review');
      const approve = index % 3 !== 0;
      const review = await call<WishDetail>(port, 'demo-admin', 'wishes', { action: 'review', id: created.data.id, approve, reason: approve ? undefined : '请补充具体需要的物品' });
      if (!review.ok) return;
      acknowledged.set(created.data.id, approve ? 'published' : 'rejected');
      reviewed += 1;
      if (!approve || index % 4 !== 1) return;
      const claimed = await call(port, VOLUNTEERS[index % VOLUNTEERS.length]!, 'wishes', { action: 'claim', id: created.data.id });
      if (claimed.ok) acknowledged.set(created.data.id, 'claimed');
    };
    const running = Array.from({ length: PIPELINES }, (_, index) => pipeline(index).catch(() => undefined));
    const settled = Promise.all(running);
    let finished = false;
    void settled.then(() => (finished = true));
    while (reviewed < ACKNOWLEDGED_BEFORE_KILL && !finished) await new Promise((r) => setTimeout(r, 5));
    expect(reviewed).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
    // The kill must cut work off mid-way, or the test would prove nothing.
    expect(finished).toBe(false);
    await killHard(child);
    await settled;

    child = await startCloudProcess(port, dataDir, secret);
    const { cloud, db } = connectSdk({ adminUrl: `http://127.0.0.1:${port}/admin`, secret });
    const asOf = new Date(Date.now() + 2 * 60 * 1000).toISOString();
    const replay = async () =>
      ((await cloud.callFunction({ name: 'scheduler', data: { Type: 'Timer', TriggerName: 'hourly', Time: asOf } })).result as { data: { replayOutbox: { delivered: number; cleared: number } } })
        .data.replayOutbox;
    const first = await replay();
    // What acknowledged calls delivered themselves is cleared, not delivered again.
    expect(first.cleared).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
    expect(first.delivered).toBeLessThanOrEqual(first.cleared);

    const wishes = (await db.collection('wishes').where({ clientRequestId: /^crash-/ }).limit(1000).get()).data as unknown as StoredWish[];
    expect(wishes.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
    for (const [id, status] of acknowledged) {
      const stored = wishes.find((wish) => wish._id === id)?.status;
      // A step cut off by the kill may or may not have landed; an acknowledged one has.
      if (status === 'pending_review') expect(['pending_review', 'published', 'rejected']).toContain(stored);
      else if (status === 'published') expect(['published', 'claimed']).toContain(stored);
      else expect(stored).toBe(status);
    }
    for (const wish of wishes) {
      const events = (await db.collection('events').where({ itemId: wish._id }).limit(100).get()).data as unknown as Array<{ action: string }>;
      expect({ id: wish._id, actions: events.map((event) => event.action).sort() }).toEqual({ id: wish._id, actions: [...HISTORY[wish.status]!].sort() });
      expect(wish.outbox ?? []).toEqual([]);
    }
    // A second replay adds nothing: no event twice.
    const eventsBefore = (await db.collection('events').where({ itemType: 'wish' }).count()).total;
    expect(await replay()).toEqual({ delivered: 0, cleared: 0 });
    expect((await db.collection('events').where({ itemType: 'wish' }).count()).total).toBe(eventsBefore);
  } finally {
    await killHard(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
