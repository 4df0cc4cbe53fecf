/** Timer triggers: fired on demand, and on their cron schedule when scheduling is on. */
import { TcbError } from '../admin/errors';
import { parseCron } from './cron';
import type { CronExpression } from './cron';
import { listFunctions, readFunctionConfig } from './registry';
import type { FunctionRunner, InvokeResult } from './runner';

interface Scheduled {
  functionName: string;
  triggerName: string;
  cron: CronExpression;
}

const RESCAN_MS = 30_000;

export class Timers {
  private timer: NodeJS.Timeout | null = null;
  private scheduled: Scheduled[] = [];
  private lastSecond = 0;
  private lastScan = 0;

  constructor(
    private readonly functionsDir: string,
    private readonly runner: FunctionRunner,
    private readonly log: (message: string) => void,
  ) {}

  /** Runs a function's timer trigger now. Without a trigger name, its first timer trigger. */
  fire(functionName: string, triggerName?: string, time: Date = new Date()): Promise<InvokeResult> {
    if (!this.runner.hasFunction(functionName)) {
      return this.runner.invoke(functionName, { source: 'timer', triggerName: triggerName ?? '', time });
    }
    const triggers = readFunctionConfig(this.functionsDir, functionName).triggers;
    const trigger = triggerName ? triggers.find((t) => t.name === triggerName) : triggers[0];
    if (!trigger) {
      const what = triggerName ? `timer trigger ${triggerName}` : 'any timer trigger';
      return Promise.resolve({ ok: false, error: new TcbError('INVALID_PARAM', `[InvalidParameter] function ${functionName} has no ${what} in config.json`) });
    }
    return this.runner.invoke(functionName, { source: 'timer', triggerName: trigger.name, time });
  }

  private scan(): void {
    const scheduled: Scheduled[] = [];
    for (const functionName of listFunctions(this.functionsDir)) {
      for (const trigger of readFunctionConfig(this.functionsDir, functionName).triggers) {
        try {
          scheduled.push({ functionName, triggerName: trigger.name, cron: parseCron(trigger.config) });
        } catch (error) {
          this.log(`timer ${functionName}/${trigger.name} ignored: ${(error as Error).message}`);
        }
      }
    }
    this.scheduled = scheduled;
    this.lastScan = Date.now();
  }

  start(): void {
    if (this.timer) return;
    this.scan();
    this.lastSecond = Math.floor(Date.now() / 1000);
    const tick = (): void => {
      const now = Math.floor(Date.now() / 1000);
      if (Date.now() - this.lastScan > RESCAN_MS) this.scan();
      // Every whole second since the last tick, so a slow event loop never skips a trigger.
      for (let second = this.lastSecond + 1; second <= now; second += 1) {
        const at = new Date(second * 1000);
        for (const item of this.scheduled) {
          if (!item.cron.matches(at)) continue;
          void this.runner.invoke(item.functionName, { source: 'timer', triggerName: item.triggerName, time: at }).then((result) => {
            if (!result.ok) this.log(`timer ${item.functionName}/${item.triggerName} failed: ${result.error.message}`);
          });
        }
      }
      this.lastSecond = Math.max(this.lastSecond, now);
      this.timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
    };
    this.timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
