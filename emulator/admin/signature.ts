/**
 * The request signature CloudBase checks on its admin API: @cloudbase/node-sdk signs every request
 * with TC3-HMAC-SHA256 over the method, URL, chosen headers and every non-empty body parameter
 * (`Authorization: TC3-HMAC-SHA256 Credential=<id>/<date>/tcb/tc3_request, SignedParams=…,
 * SignedHeaders=…, Signature=…`, with `X-Timestamp`). This recomputes it from what arrived.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { ApiSecret } from '../config';
import { TcbError } from './errors';

/** A body parameter as the signer saw it: a string, or raw bytes (a multipart part with a content type). */
export type SignedValue = string | Buffer;

export interface SignedRequest {
  method: string;
  /** The request target as received: path and query. */
  target: string;
  headers: IncomingHttpHeaders;
  params: ReadonlyMap<string, SignedValue>;
}

const ALGORITHM = 'TC3-HMAC-SHA256';
/** The SDK sends X-Signature-Expires: 600. */
const MAX_AGE_SECONDS = 600;
const AUTHORIZATION =
  /^TC3-HMAC-SHA256 Credential=([^/\s,]+)\/(\d{4}-\d{2}-\d{2})\/([^/\s,]+)\/tc3_request,(?: SignedParams=([^,]*),)? SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/;

export const signatureErrors = {
  missing: () =>
    new TcbError('AuthFailure.InvalidAuthorization', '[AuthFailure.InvalidAuthorization] the request carries no valid TC3-HMAC-SHA256 Authorization header'),
  unknownSecretId: () =>
    new TcbError('AuthFailure.SecretIdNotFound', '[AuthFailure.SecretIdNotFound] the SecretId is not the one configured for this environment'),
  expired: () =>
    new TcbError('AuthFailure.SignatureExpire', '[AuthFailure.SignatureExpire] the signature timestamp is more than 600 seconds from the server time'),
  ambiguousKey: (key: string) =>
    new TcbError('AuthFailure.SignatureFailure', `[AuthFailure.SignatureFailure] the body parameter ${JSON.stringify(key)} is empty or has surrounding spaces`),
  collidingKeys: (first: string, second: string) =>
    new TcbError(
      'AuthFailure.SignatureFailure',
      `[AuthFailure.SignatureFailure] the body parameters ${JSON.stringify(first)} and ${JSON.stringify(second)} are one signed parameter`,
    ),
  mismatch: () =>
    new TcbError(
      'AuthFailure.SignatureFailure',
      '[AuthFailure.SignatureFailure] The provided credentials could not be validated. Please check your signature is correct.',
    ),
};

function camSafeUrlEncode(text: string): string {
  return encodeURIComponent(text).replace(/!/g, '%21').replace(/'/g, '%27').replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\*/g, '%2A');
}

function stringify(value: unknown): string {
  return typeof value === 'string' ? value : String(JSON.stringify(value));
}

/** The signer's key: lower-cased, trimmed, URL-encoded. */
export function signedKey(key: string): string {
  return camSafeUrlEncode(key.toLowerCase().trim());
}

/**
 * The signer folds a key's case and spaces and lets the last of two equal keys win, so `action` and
 * `Action` would be one signed parameter while the server reads only one of them. The SDK never sends
 * a key with surrounding spaces, an empty key, or two keys that fold to the same one: such a body is refused.
 */
export function assertUnambiguousKey(key: string, name: string, seen: ReadonlyMap<string, unknown>, original: ReadonlyMap<string, string>): void {
  if (key === '' || key !== key.trim()) throw signatureErrors.ambiguousKey(key);
  if (seen.has(name)) throw signatureErrors.collidingKeys(original.get(name) ?? name, key);
}

/** A JSON body's parameters as the signer formats them (nested values as JSON text, trimmed). */
export function signedJsonParams(body: Record<string, unknown>): Map<string, SignedValue> {
  const out = new Map<string, SignedValue>();
  const original = new Map<string, string>();
  for (const key of Object.keys(body)) {
    const value = body[key];
    const name = signedKey(key);
    assertUnambiguousKey(key, name, out, original);
    original.set(name, key);
    if (value === undefined) continue;
    if (name === 'content-type' && typeof value === 'string') out.set(name, value.startsWith('multipart/form-data') ? 'multipart/form-data' : value);
    else out.set(name, stringify(value).trim());
  }
  return out;
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const raw = headers[name];
  if (raw === undefined) return undefined;
  const value = Array.isArray(raw) ? raw.join(', ') : raw;
  if (name === 'content-type') return value.startsWith('multipart/form-data') ? 'multipart/form-data' : value;
  return value.trim().toLowerCase();
}

function payloadHash(signedParams: readonly string[], params: ReadonlyMap<string, SignedValue>): string | undefined {
  const hash = createHash('sha256');
  for (const key of signedParams) {
    const value = params.get(key);
    if (value === undefined || value === '') return undefined;
    hash.update(`&${key}=`);
    hash.update(value);
    hash.update('\r\n');
  }
  return hash.digest('hex');
}

function hmac(key: string | Buffer, text: string): Buffer {
  return createHmac('sha256', key).update(text).digest();
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Throws the CloudBase authentication error unless `request` carries a valid signature by `secret`. */
export function verifySignature(request: SignedRequest, secret: ApiSecret, nowSeconds = Math.floor(Date.now() / 1000)): void {
  const raw = request.headers.authorization;
  const match = raw ? AUTHORIZATION.exec(raw) : null;
  if (!match) throw signatureErrors.missing();
  const [, secretId, date, service, signedParamList = '', signedHeaderList, signature] = match;
  if (secretId !== secret.secretId) throw signatureErrors.unknownSecretId();

  const timestampText = headerValue(request.headers, 'x-timestamp') ?? '';
  const timestamp = /^\d+$/.test(timestampText) ? Number(timestampText) : NaN;
  if (!Number.isSafeInteger(timestamp) || new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) throw signatureErrors.mismatch();
  if (Math.abs(nowSeconds - timestamp) > MAX_AGE_SECONDS) throw signatureErrors.expired();

  // Every parameter the server will act on must be signed.
  const signedParams = signedParamList ? signedParamList.split(';') : [];
  const covered = new Set(signedParams);
  for (const [key, value] of request.params) {
    if (value !== '' && !covered.has(key)) throw signatureErrors.mismatch();
  }
  const hashedPayload = payloadHash(signedParams, request.params);
  const signedHeaders = signedHeaderList.split(';');
  const canonicalHeaders: string[] = [];
  for (const name of signedHeaders) {
    const value = headerValue(request.headers, name);
    if (value === undefined) throw signatureErrors.mismatch();
    canonicalHeaders.push(`${name}:${value}`);
  }
  const host = headerValue(request.headers, 'host');
  if (hashedPayload === undefined || !signedHeaders.includes('host') || !host) throw signatureErrors.mismatch();

  const [pathname, query = ''] = splitTarget(request.target);
  const scope = `${date}/${service}/tc3_request`;
  const signingKey = hmac(hmac(hmac(`TC3${secret.secretKey}`, date), service), 'tc3_request');
  // The SDK signs the method as it names it ('post'); accept the upper-case spelling too.
  const methods = [request.method.toLowerCase(), request.method.toUpperCase()];
  const valid = methods.some((method) => {
    const canonicalRequest = [method, `//${host}${pathname}`, query, `${canonicalHeaders.join('\n')}\n`, signedHeaders.join(';'), hashedPayload].join('\n');
    const stringToSign = [ALGORITHM, String(timestamp), scope, createHash('sha256').update(canonicalRequest).digest('hex')].join('\n');
    return sameHex(hmac(signingKey, stringToSign).toString('hex'), signature);
  });
  if (!valid) throw signatureErrors.mismatch();
}

function splitTarget(target: string): [string, string] {
  const index = target.indexOf('?');
  return index === -1 ? [target, ''] : [target.slice(0, index), target.slice(index + 1)];
}
