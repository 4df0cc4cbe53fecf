/**
 * The CloudBase admin protocol endpoint (`POST /admin`): JSON or multipart bodies with an `action`;
 * answers `{ requestId, ...result }` or `{ code, message, requestId }`, always with HTTP 200 as the
 * SDK expects. `wx.openApi` answers a protobuf envelope. Every request must carry the SDK's signature
 * by the configured secret (see signature.ts); a 云调用 is served only for a function whose config.json
 * declares that API, as CloudBase does.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { databaseActions } from './database-actions';
import type { DatabaseMeter } from './meter';
import type { JsonReply } from './database-actions';
import { TcbError, unknownAction } from './errors';
import type { Params } from './params';
import { assertShallowParams, str } from './params';
import { assertUnambiguousKey, signedJsonParams, signedKey, verifySignature } from './signature';
import type { SignedValue } from './signature';
import type { ApiSecret } from '../config';
import type { Database } from '../db/engine';
import type { CallerTokens } from '../functions/identity';
import type { FunctionRunner } from '../functions/runner';
import { nestsDeeperThan, tooDeepMessage } from '../http/json-depth';
import { boundaryOf, parseMultipart } from '../http/multipart';
import { HttpError, readBody, sendBytes, sendJson } from '../http/io';
import { decodeOpenApiRequest, encodeOpenApiResponse } from '../openapi/protobuf';
import { callOpenApi } from '../openapi/services';
import type { OpenApiContext } from '../openapi/services';
import { storageActions } from '../storage/actions';
import type { StorageContext } from '../storage/actions';

export interface AdminContext {
  db: Database;
  meter: DatabaseMeter;
  storage: StorageContext;
  runner: FunctionRunner;
  tokens: CallerTokens;
  openapi: OpenApiContext;
  /** The secret requests must be signed with (the one functions are given). */
  secret: ApiSecret;
  log: (message: string) => void;
}

type Reply = { kind: 'json'; body: JsonReply } | { kind: 'binary'; body: Buffer };

function newRequestId(): string {
  return randomBytes(12).toString('hex');
}

interface RequestParams {
  params: Params;
  binary: Map<string, Buffer>;
  /** The parameters as the SDK signed them. */
  signed: Map<string, SignedValue>;
}

async function readParams(req: IncomingMessage): Promise<RequestParams> {
  const body = await readBody(req);
  const contentType = req.headers['content-type'] ?? '';
  const binary = new Map<string, Buffer>();
  if (contentType.startsWith('multipart/form-data')) {
    const boundary = boundaryOf(contentType);
    if (!boundary) throw new HttpError(400, 'multipart body without boundary');
    const params: Params = Object.create(null) as Params;
    const signed = new Map<string, SignedValue>();
    const original = new Map<string, string>();
    for (const [name, part] of parseMultipart(body, boundary)) {
      const key = signedKey(name);
      assertUnambiguousKey(name, key, signed, original);
      original.set(key, name);
      binary.set(name, part.data);
      params[name] = part.data.toString('utf8');
      // form-data gives Buffers a content type and sends strings bare; the SDK signs bytes and trimmed strings.
      signed.set(key, part.contentType ? part.data : part.data.toString('utf8').trim());
    }
    return { params, binary, signed };
  }
  if (body.length === 0) return { params: {}, binary, signed: new Map() };
  if (nestsDeeperThan(body)) throw new HttpError(400, tooDeepMessage('request body'));
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new TcbError('INVALID_PARAM', '[InvalidParameter] request body is not valid JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TcbError('INVALID_PARAM', '[InvalidParameter] request body must be an object');
  }
  const params = value as Params;
  return { params, binary, signed: signedJsonParams(params) };
}

async function invokeFunction(ctx: AdminContext, params: Params): Promise<Reply> {
  const name = str(params, 'function_name');
  const raw = str(params, 'request_data');
  let data: unknown = {};
  try {
    data = raw ? (JSON.parse(raw) as unknown) : {};
  } catch {
    throw new TcbError('INVALID_PARAM', '[InvalidParameter] request_data is not valid JSON');
  }
  const caller = ctx.tokens.resolve(params.wxCloudApiToken) ?? {};
  const result = await ctx.runner.invoke(name, {
    source: 'function',
    caller: { openid: caller.openid },
    data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
  });
  if (!result.ok) throw result.error;
  return { kind: 'json', body: { data: { response_data: result.json } } };
}

/** CloudBase's wx system error for a 云调用 the calling function's config.json does not declare. */
const NO_PERMISSION = -604101;

/** Whether the function behind the request's API token declares `apiName` in its config.json. */
function mayCallOpenApi(ctx: AdminContext, params: Params, apiName: string): boolean {
  const caller = ctx.tokens.resolve(params.wxCloudApiToken);
  if (!caller?.functionName) return false;
  return ctx.runner.openApiPermissions(caller.functionName).includes(apiName);
}

function openApi(ctx: AdminContext, params: Params, binary: Map<string, Buffer>): Reply {
  const apiName = str(params, 'apiName');
  if (!mayCallOpenApi(ctx, params, apiName)) return { kind: 'binary', body: encodeOpenApiResponse({}, NO_PERMISSION) };
  let request: ReturnType<typeof decodeOpenApiRequest>;
  try {
    request = decodeOpenApiRequest(binary.get('requestData') ?? Buffer.alloc(0));
  } catch (error) {
    throw new TcbError('INVALID_PARAM', `[InvalidParameter] requestData is not a valid openapi request: ${(error as Error).message}`);
  }
  assertShallowParams(request.params);
  const reply = callOpenApi(ctx.openapi, apiName, request.params);
  return { kind: 'binary', body: encodeOpenApiResponse(reply) };
}

function jsonOpenApi(ctx: AdminContext, params: Params): Reply {
  const apiName = str(params, 'apiName');
  if (!mayCallOpenApi(ctx, params, apiName)) {
    const denied = { errcode: NO_PERMISSION, errmsg: 'function has no permission to call this API' };
    return { kind: 'json', body: { data: { responseData: JSON.stringify(denied) } } };
  }
  let data: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(str(params, 'requestData') || '{}') as unknown;
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch {
    data = {};
  }
  const reply = callOpenApi(ctx.openapi, apiName, data);
  return { kind: 'json', body: { data: { responseData: JSON.stringify(reply) } } };
}

async function route(ctx: AdminContext, action: string, params: Params, binary: Map<string, Buffer>): Promise<Reply> {
  // Own properties only: an action such as `constructor` must not reach Object.prototype.
  const dbHandler = Object.hasOwn(databaseActions, action) ? databaseActions[action] : undefined;
  if (dbHandler) {
    ctx.meter.record(action);
    return { kind: 'json', body: await dbHandler(ctx.db, params, new Date()) };
  }
  const storageHandler = Object.hasOwn(storageActions, action) ? storageActions[action] : undefined;
  if (storageHandler) return { kind: 'json', body: await storageHandler(ctx.storage, params) };
  if (action === 'functions.invokeFunction') return invokeFunction(ctx, params);
  if (action === 'wx.openApi') return openApi(ctx, params, binary);
  if (action === 'wx.api') return jsonOpenApi(ctx, params);
  throw unknownAction(action || '(empty)');
}

export async function handleAdmin(ctx: AdminContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = newRequestId();
  try {
    const { params, binary, signed } = await readParams(req);
    verifySignature({ method: req.method ?? 'POST', target: req.url ?? '/', headers: req.headers, params: signed }, ctx.secret);
    assertShallowParams(params);
    const reply = await route(ctx, str(params, 'action'), params, binary);
    if (reply.kind === 'binary') sendBytes(res, 200, reply.body, 'application/octet-stream');
    else sendJson(res, 200, { ...reply.body, requestId });
  } catch (error) {
    if (error instanceof HttpError) {
      sendJson(res, error.status, { code: 'INVALID_PARAM', message: error.message, requestId });
      return;
    }
    if (error instanceof TcbError) {
      sendJson(res, 200, { code: error.code, message: error.message, requestId });
      return;
    }
    ctx.log(`admin request failed: ${(error as Error).stack ?? String(error)}`);
    sendJson(res, 200, { code: 'SYS_ERR', message: `[InternalError] ${(error as Error).message}`, requestId });
  }
}
