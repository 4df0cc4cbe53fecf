import type { LocalCloud } from '../index';

/**
 * The workbench's figures are counted by the hourly scheduler: one run at start-up, so that the demo opens with
 * them. A cloud run with other functions (a test's fixtures) has no scheduler, and starts without.
 */
export async function countFiguresNow(cloud: LocalCloud): Promise<void> {
  try {
    await cloud.fireTimer('scheduler', undefined, new Date());
  } catch (error) {
    console.log(`[local cloud] no first count of the workbench figures: ${error instanceof Error ? error.message : String(error)}`);
  }
}
