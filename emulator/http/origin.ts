/**
 * Who may talk to the local cloud over HTTP: requests addressed to this server on a loopback name
 * (the Host check defeats DNS rebinding), and, when a browser says where it comes from, only pages of
 * the same origin or of the configured h5 dev server (whose proxy forwards /__cloud here).
 */
import type { IncomingMessage } from 'node:http';

export interface OriginPolicy {
  /** The port the server listens on (known once it listens). */
  port(): number;
  /** Browser origins besides the server's own, e.g. the h5 dev server's. */
  allowedOrigins: readonly string[];
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Why the request is refused, or undefined when it may pass. */
export function originRefusal(req: IncomingMessage, policy: OriginPolicy): string | undefined {
  const host = single(req.headers.host)?.toLowerCase();
  if (!host) return 'a Host header is required';
  const port = policy.port();
  if (!LOOPBACK_NAMES.some((name) => host === `${name}:${port}`)) return `Host ${host} does not name this local cloud`;
  const origin = single(req.headers.origin)?.toLowerCase();
  if (origin === undefined) return undefined;
  if (origin === `http://${host}`) return undefined;
  if (policy.allowedOrigins.some((allowed) => allowed.toLowerCase() === origin)) return undefined;
  return `cross-origin request from ${origin} refused`;
}
