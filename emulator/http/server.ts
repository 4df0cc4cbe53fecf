/** The HTTP front door: admin protocol, storage uploads, dev bridge, optional static h5 app. */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { handleAdmin } from '../admin/dispatch';
import type { AdminContext } from '../admin/dispatch';
import { handleBridge } from './bridge';
import type { BridgeContext } from './bridge';
import { HttpError, readBody, sendJson } from './io';
import { originRefusal } from './origin';
import type { OriginPolicy } from './origin';
import { serveStatic } from './static';

export interface ServerContext {
  admin: AdminContext;
  bridge: BridgeContext;
  origin: OriginPolicy;
  staticDir?: string;
}

/** `PUT /__storage/<cloudPath>?sign=...`: the upload step of `cloud.uploadFile`. Answers an empty body like COS. */
async function handleUpload(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const cloudPath = decodeURIComponent(url.pathname.slice('/__storage/'.length));
  const sign = url.searchParams.get('sign') ?? '';
  const body = await readBody(req);
  if (!ctx.admin.storage.grants.redeem(sign, cloudPath)) {
    res.writeHead(403, { 'content-type': 'application/xml' });
    res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>upload signature is invalid or expired</Message><RequestId>local</RequestId><TraceId>local</TraceId></Error>');
    return;
  }
  await ctx.admin.storage.files.save(cloudPath, body);
  res.writeHead(200, { 'content-length': 0 });
  res.end();
}

async function handle(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://local');
  // No CORS headers anywhere: a browser page of another origin can neither read an answer nor pass a preflight.
  const refusal = originRefusal(req, ctx.origin);
  if (refusal) throw new HttpError(403, refusal);
  if (req.method === 'POST' && url.pathname === '/admin') return handleAdmin(ctx.admin, req, res);
  if (req.method === 'PUT' && url.pathname.startsWith('/__storage/')) return handleUpload(ctx, req, res, url);
  if (await handleBridge(ctx.bridge, req, res)) return;
  if (ctx.staticDir && (await serveStatic(ctx.staticDir, req, res))) return;
  throw new HttpError(404, `not found: ${url.pathname}`);
}

export function createHttpServer(ctx: ServerContext): Server {
  return createServer((req, res) => {
    handle(ctx, req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const status = error instanceof HttpError ? error.status : 500;
      sendJson(res, status, { errCode: -1, errMsg: (error as Error).message });
    });
  });
}
