import type { Reply } from '@contract/reply';
import type { CloudTransport } from '../../../src/services/cloud/transport';

type Handler = (data: Record<string, unknown>) => Reply<unknown> | Promise<Reply<unknown>>;

export interface RecordedCall {
  name: string;
  action: string;
  data: Record<string, unknown>;
}

/**
 * The one thing component tests fake: the cloud transport. Each `users.<action>` answers a Reply
 * from a handler the test installs; calls are recorded so a test can check what the UI sent.
 */
class FakeCloud {
  private handlers = new Map<string, Handler>();
  calls: RecordedCall[] = [];
  uploads: string[] = [];

  on(fn: string, action: string, handler: Handler): this {
    this.handlers.set(`${fn}.${action}`, handler);
    return this;
  }

  callsOf(action: string): RecordedCall[] {
    return this.calls.filter((call) => call.action === action);
  }

  reset(): void {
    this.handlers.clear();
    this.calls = [];
    this.uploads = [];
  }

  async call(name: string, data: Record<string, unknown>): Promise<unknown> {
    const action = String(data.action);
    this.calls.push({ name, action, data });
    const handler = this.handlers.get(`${name}.${action}`);
    if (!handler) throw new Error(`no fake reply for ${name}.${action}`);
    return handler(data);
  }
}

export const fakeCloud = new FakeCloud();

export const transport: CloudTransport = {
  callFunction: (name, data) => fakeCloud.call(name, data),
  uploadFile: async (cloudPath) => {
    fakeCloud.uploads.push(cloudPath);
    return `cloud://fake/${cloudPath}`;
  },
  getTempFileURL: async (ids) => Object.fromEntries(ids.map((id) => [id, `https://files.invalid/${id}`])),
};

export function initCloud(): void {}
