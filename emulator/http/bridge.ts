/**
 * The dev bridge under `/__cloud/*`: what the h5 build and outside checks use instead of
 * `wx.cloud`. Errors answer a non-2xx status with `{ errCode, errMsg }` (the shape of a
 * `wx.cloud.*` rejection).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errCodeOf, TcbError } from '../admin/errors';
import { CloudCallError, callAsClient, parseResult, toCloudCallError } from '../functions/client-call';
import type { FunctionRunner } from '../functions/runner';
import type { Timers } from '../functions/timers';
import type { SubscribeMessageRecord } from '../openapi/services';
import type { StorageContext } from '../storage/actions';
import { tempUrlFor } from '../storage/actions';
import { contentTypeFor } from '../storage/files';
import { HttpError, readJson, sendBytes, sendJson } from './io';

export interface BridgeContext {
  runner: FunctionRunner;
  timers: Timers;
  storage: StorageContext;
  subscribeMessages: () => readonly SubscribeMessageRecord[];
}

function openidOf(req: IncomingMessage): string | undefined {
  const header = req.headers['x-wx-openid'];
  const value = Array.isArray(header) ? header[0] : header;
  return value ? value : undefined;
}

function statusFor(error: CloudCallError): number {
  if (error.code === 'FUNCTIONS_REQUEST_FAIL') return 404;
  if (error.code === 'INVALID_PARAM') return 400;
  return 500;
}

async function callFunction(ctx: BridgeContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req);
  if (typeof body.name !== 'string' || !body.name) throw new HttpError(400, 'name is required');
  const data = body.data ?? {};
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new HttpError(400, 'data must be an object');
  const result = await callAsClient(ctx.runner, body.name, data as Record<string, unknown>, openidOf(req));
  sendJson(res, 200, { result });
}

async function uploadFile(ctx: BridgeContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req);
  if (typeof body.cloudPath !== 'string' || typeof body.contentBase64 !== 'string') {
    throw new HttpError(400, 'cloudPath and contentBase64 are required');
  }
  const fileID = ctx.storage.files.fileIdFor(body.cloudPath);
  await ctx.storage.files.save(body.cloudPath, Buffer.from(body.contentBase64, 'base64'));
  sendJson(res, 200, { fileID });
}

async function getTempFileURL(ctx: BridgeContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req);
  const list = Array.isArray(body.fileList) ? body.fileList : [];
  const fileList = await Promise.all(
    list.map(async (item: unknown) => {
      const fileID = String(item);
      const cloudPath = ctx.storage.files.cloudPathOf(fileID);
      if (!cloudPath || !(await ctx.storage.files.exists(cloudPath))) {
        return { fileID, tempFileURL: '', status: errCodeOf('STORAGE_FILE_NONEXIST').errCode, errMsg: 'file not exist' };
      }
      return { fileID, tempFileURL: tempUrlFor(ctx.storage, cloudPath), status: 0, errMsg: 'ok' };
    }),
  );
  sendJson(res, 200, { fileList });
}

async function serveFile(ctx: BridgeContext, pathname: string, res: ServerResponse): Promise<void> {
  const cloudPath = decodeURIComponent(pathname.slice('/__cloud/files/'.length));
  let bytes: Buffer | undefined;
  try {
    bytes = await ctx.storage.files.read(cloudPath);
  } catch {
    bytes = undefined;
  }
  if (!bytes) throw new HttpError(404, 'file not exist');
  sendBytes(res, 200, bytes, contentTypeFor(cloudPath));
}

/**
 * The moment the timer event says it fired at (its `Time`): now, or an ISO date-time given as `time`, so
 * that a check can run the scheduler "as of" a later moment.
 */
function triggerTime(time: unknown): Date {
  if (time === undefined) return new Date();
  const at = typeof time === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(time) ? new Date(time) : null;
  if (!at || Number.isNaN(at.getTime())) throw new HttpError(400, 'time must be an ISO date-time such as 2026-12-02T08:00:00Z');
  return at;
}

async function fireTimer(ctx: BridgeContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req);
  if (typeof body.name !== 'string' || !body.name) throw new HttpError(400, 'name is required');
  const trigger = typeof body.trigger === 'string' ? body.trigger : undefined;
  const result = await ctx.timers.fire(body.name, trigger, triggerTime(body.time));
  if (!result.ok) throw toCloudCallError(result);
  sendJson(res, 200, { result: parseResult(result.json) });
}

/** Handles `/__cloud/*`; returns false for other paths. */
export async function handleBridge(ctx: BridgeContext, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const pathname = new URL(req.url ?? '/', 'http://local').pathname;
  if (!pathname.startsWith('/__cloud/')) return false;
  const route = `${req.method ?? 'GET'} ${pathname}`;
  try {
    if (route === 'GET /__cloud/health') sendJson(res, 200, { ok: true });
    else if (route === 'POST /__cloud/callFunction') await callFunction(ctx, req, res);
    else if (route === 'POST /__cloud/uploadFile') await uploadFile(ctx, req, res);
    else if (route === 'POST /__cloud/getTempFileURL') await getTempFileURL(ctx, req, res);
    else if (route === 'POST /__cloud/fireTimer') await fireTimer(ctx, req, res);
    else if (route === 'GET /__cloud/subscribeMessages') sendJson(res, 200, ctx.subscribeMessages());
    else if (req.method === 'GET' && pathname.startsWith('/__cloud/files/')) await serveFile(ctx, pathname, res);
    else throw new HttpError(404, `no route ${route}`);
  } catch (error) {
    if (error instanceof CloudCallError) sendJson(res, statusFor(error), { errCode: error.errCode, errMsg: error.errMsg });
    else if (error instanceof HttpError) sendJson(res, error.status, { errCode: -1, errMsg: error.message });
    else if (error instanceof TcbError) sendJson(res, 400, { errCode: errCodeOf(error.code).errCode, errMsg: error.message });
    else sendJson(res, 500, { errCode: -1, errMsg: (error as Error).message });
  }
  return true;
}
