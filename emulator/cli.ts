/**
 * `tsx emulator/cli.ts`: runs the local cloud with the demo seed and timers on their schedule.
 * Environment: LOCAL_CLOUD_PORT (default 9400), LOCAL_CLOUD_DATA (data dir),
 * LOCAL_CLOUD_FUNCTIONS (functions dir), LOCAL_CLOUD_STATIC (built h5 app to serve at /),
 * LOCAL_CLOUD_QUIET=1 (less output), LOCAL_CLOUD_SECRET_ID and LOCAL_CLOUD_SECRET_KEY (the secret /admin
 * requests must be signed with; default a random one made at each start).
 */
process.env.TZ = 'UTC'; // the cloud function runtime clock is UTC

import { devServerOrigins, secretFromEnv } from './config';
import { startLocalCloud } from './index';
import { asDeployed } from './seed/deployed';
import { countFiguresNow } from './seed/first-count';
import { demoSeed } from './seed/index';

async function main(): Promise<void> {
  const cloud = await startLocalCloud({
    functionsDir: process.env.LOCAL_CLOUD_FUNCTIONS || undefined,
    staticDir: process.env.LOCAL_CLOUD_STATIC || undefined,
    quiet: process.env.LOCAL_CLOUD_QUIET === '1',
    ...asDeployed(demoSeed(new Date(), { history: true })),
    schedule: true,
    // `npm run dev:h5` beside it proxies /__cloud here from its own origin.
    allowedOrigins: devServerOrigins(),
    secret: secretFromEnv(),
  });
  await countFiguresNow(cloud);
  console.log(`Local cloud ready at ${cloud.url}`);
  console.log(`  bridge: POST ${cloud.url}/__cloud/callFunction   admin protocol: ${cloud.adminUrl}`);
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`Local cloud stopping (${signal})`);
    cloud.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
