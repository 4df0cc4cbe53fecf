/**
 * The local cloud as a separate process (`tsx emulator/cli.ts`), for tests that kill it with -9 and start
 * it again on the same data folder.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { ApiSecret } from './config';

const REPO = resolve(__dirname, '..');
const READY_WITHIN_MS = 30_000;

export function freePort(): Promise<number> {
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

/**
 * Starts the CLI on `port` with its data in `dataDir`, checking requests against `secret` (connect with the
 * same: `connectSdk({ adminUrl, secret })`), and waits until it answers its health check.
 */
export async function startCloudProcess(port: number, dataDir: string, secret: ApiSecret, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn('npx', ['tsx', 'emulator/cli.ts'], {
    cwd: REPO,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      LOCAL_CLOUD_PORT: String(port),
      LOCAL_CLOUD_DATA: dataDir,
      LOCAL_CLOUD_QUIET: '1',
      LOCAL_CLOUD_SECRET_ID: secret.secretId,
      LOCAL_CLOUD_SECRET_KEY: secret.secretKey,
      ...env,
    },
  });
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/__cloud/health`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('local cloud CLI did not become healthy');
}

/** `kill -9` of the process group: the database and every function instance die mid-stream. */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  });
}
