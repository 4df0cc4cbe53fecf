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
  /** Files the page opened (their URL and name), and whether the next opening fails on the network. */
  openedFiles: Array<{ url: string; fileName: string }> = [];
  failFileOpen = false;

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
    this.openedFiles = [];
    this.failFileOpen = false;
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
  openFile: async (url, fileName) => {
    fakeCloud.openedFiles.push({ url, fileName });
    if (fakeCloud.failFileOpen) throw new Error('offline');
  },
};

export function initCloud(): void {}
