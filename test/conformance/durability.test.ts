/**
 * Acknowledged writes survive `kill -9`: the CLI runs as a child process, takes concurrent writes,
 * is killed mid-stream, and restarts on the same data dir.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSecret } from '../../emulator/config';
import { connectSdk } from '../../emulator/testing';
import { freePort, killHard, startCloudProcess } from '../../emulator/testing-process';
import { FIXTURE_FUNCTIONS } from './helpers';

test('every acknowledged write is present after kill -9 and restart', async () => {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'local-cloud-durability-'));
  const secret = generateSecret();
  let child = await startCloudProcess(port, dataDir, secret, { LOCAL_CLOUD_FUNCTIONS: FIXTURE_FUNCTIONS });
  try {
    // Requests cut off by the kill leave node-sdk's 3 s "slow request" timers behind; keep them quiet.
    process.env.SILENCE = 'true';
    const { db } = connectSdk({ adminUrl: `http://127.0.0.1:${port}/admin`, secret });
    const _ = db.command;
    // The CLI runs as deployed: a collection exists once it is created.
    await db.createCollection('durable');
    await db.collection('durable').doc('counter').set({ data: { n: 0 } });

    const acknowledged = new Set<string>();
    let acknowledgedIncrements = 0;
    const write = async (i: number): Promise<void> => {
      await db.collection('durable').add({ data: { _id: `w${i}`, i, at: new Date(1_700_000_000_000 + i) } });
      acknowledged.add(`w${i}`);
      const res = await db.collection('durable').where({ _id: 'counter' }).update({ data: { n: _.inc(1) } });
      if (res.stats.updated === 1) acknowledgedIncrements += 1;
    };
    await Promise.all(Array.from({ length: 200 }, (_, i) => write(i)));
    expect(acknowledged.size).toBe(200);

    // More writes in flight when the process dies: only the acknowledged ones must survive.
    const inFlight = Array.from({ length: 200 }, (_, i) => write(200 + i).catch(() => undefined));
    await new Promise((r) => setTimeout(r, 40));
    await killHard(child);
    await Promise.all(inFlight);

    child = await startCloudProcess(port, dataDir, secret, { LOCAL_CLOUD_FUNCTIONS: FIXTURE_FUNCTIONS });
    const stored = new Set<string>();
    for (let offset = 0; ; offset += 1000) {
      const page = await db.collection('durable').where({ i: _.exists(true) }).orderBy('i', 'asc').skip(offset).limit(1000).get();
      for (const doc of page.data as Array<{ _id: string; at: Date; i: number }>) {
        stored.add(doc._id);
        expect(doc.at).toBeInstanceOf(Date);
        expect(doc.at.getTime()).toBe(1_700_000_000_000 + doc.i);
      }
      if (page.data.length < 1000) break;
    }
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    const counter = ((await db.collection('durable').doc('counter').get()).data as { n: number }).n;
    expect(counter).toBeGreaterThanOrEqual(acknowledgedIncrements);
    expect(counter).toBeLessThanOrEqual(stored.size);
  } finally {
    await killHard(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
