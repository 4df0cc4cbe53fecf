/**
 * Acknowledged writes survive `kill -9`: the CLI runs as a child process, takes concurrent writes,
 * is killed mid-stream, and restarts on the same data dir.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connectSdk } from '../../emulator/testing';
import { FIXTURE_FUNCTIONS } from './helpers';

const REPO = resolve(__dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function startCli(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn('npx', ['tsx', 'emulator/cli.ts'], {
    cwd: REPO,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, LOCAL_CLOUD_PORT: String(port), LOCAL_CLOUD_DATA: dataDir, LOCAL_CLOUD_FUNCTIONS: FIXTURE_FUNCTIONS, LOCAL_CLOUD_QUIET: '1' },
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/__cloud/health`);
      if (res.ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('local cloud CLI did not become healthy');
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.once('exit', () => done());
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  });
}

test('every acknowledged write is present after kill -9 and restart', async () => {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'local-cloud-durability-'));
  let child = await startCli(port, dataDir);
  try {
    // Requests cut off by the kill leave node-sdk's 3 s "slow request" timers behind; keep them quiet.
    process.env.SILENCE = 'true';
    const { db } = connectSdk(`http://127.0.0.1:${port}/admin`);
    const _ = db.command;
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

    child = await startCli(port, dataDir);
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
