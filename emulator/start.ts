/**
 * `npm start`: builds the cloud functions, runs the local cloud with the demo data and timers, and the
 * h5 dev server beside it. Ctrl-C stops both.
 */
process.env.TZ = 'UTC'; // the cloud function runtime clock is UTC

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { devServerOrigins } from './config';
import { startLocalCloud } from './index';
import { asDeployed } from './seed/deployed';
import { countFiguresNow } from './seed/first-count';
import { DEMO_OPENIDS, demoSeed } from './seed/index';

const cloudPort = Number(process.env.LOCAL_CLOUD_PORT ?? 9400);
const h5Port = Number(process.env.H5_PORT ?? 10086);

function buildFunctions(): void {
  const result = spawnSync('npm', ['run', 'build:functions'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('building the cloud functions failed');
}

/** Its own process group, so that stopping it also stops the node processes it starts. */
function startDevServer(port: number): ChildProcess {
  return spawn('npx', ['taro', 'build', '--type', 'h5', '--watch'], {
    detached: true,
    stdio: 'inherit',
    env: { ...process.env, TZ: undefined, LOCAL_CLOUD_PORT: String(port), H5_PORT: String(h5Port) },
  });
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

function banner(url: string, cloudUrl: string): void {
  const ids = Object.values(DEMO_OPENIDS).join(', ');
  console.log('\n────────────────────────────────────────────────────────');
  console.log(`  网格之家 is running. Open ${url}`);
  console.log(`  Local cloud: ${cloudUrl} (bridge at /__cloud)`);
  console.log(`  Demo users (我的 → 切换演示身份): ${ids}`);
  console.log('  Ctrl-C stops everything.');
  console.log('────────────────────────────────────────────────────────\n');
}

async function main(): Promise<void> {
  buildFunctions();
  const cloud = await startLocalCloud({
    port: cloudPort,
    ...asDeployed(demoSeed(new Date(), { history: true })),
    schedule: true,
    allowedOrigins: devServerOrigins(h5Port),
  });
  await countFiguresNow(cloud);
  const devServer = startDevServer(cloud.port);

  let stopping = false;
  const shutdown = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    stopGroup(devServer);
    await cloud.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  devServer.on('exit', (code) => {
    if (!stopping) {
      console.error(`h5 dev server exited (${code ?? 'signal'})`);
      void shutdown(code ?? 1);
    }
  });

  const url = `http://127.0.0.1:${h5Port}/`;
  if (await waitForHttp(url, devServer, 180_000)) banner(url, cloud.url);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
