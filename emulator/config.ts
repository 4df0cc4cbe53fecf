/** Resolves LocalCloudOptions against the environment and the repository layout. */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const DEFAULT_PORT = 9400;
export const DEFAULT_ENV_ID = 'local-env';
export const DEFAULT_APP_ID = 'wx-local-app';

export function portFrom(value: number | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (value !== undefined) return value;
  const fromEnv = env.LOCAL_CLOUD_PORT ? Number(env.LOCAL_CLOUD_PORT) : NaN;
  return Number.isInteger(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_PORT;
}

export function dataDirFrom(value: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(value ?? env.LOCAL_CLOUD_DATA ?? path.join(REPO_ROOT, '.local-cloud', 'data'));
}

export function functionsDirFrom(value: string | undefined): string {
  return path.resolve(value ?? path.join(REPO_ROOT, 'cloudfunctions'));
}

/** The API secret of the local cloud: handed to functions as TENCENTCLOUD_SECRETID / SECRETKEY, checked on /admin. */
export interface ApiSecret {
  secretId: string;
  secretKey: string;
}

/** A secret only this start of the local cloud knows (unless its starter hands it on). */
export function generateSecret(): ApiSecret {
  return { secretId: `local-${randomBytes(8).toString('hex')}`, secretKey: randomBytes(32).toString('base64url') };
}

/** LOCAL_CLOUD_SECRET_ID and LOCAL_CLOUD_SECRET_KEY together, or undefined (then a random one is made). */
export function secretFromEnv(env: NodeJS.ProcessEnv = process.env): ApiSecret | undefined {
  const secretId = env.LOCAL_CLOUD_SECRET_ID;
  const secretKey = env.LOCAL_CLOUD_SECRET_KEY;
  if (!secretId && !secretKey) return undefined;
  if (!secretId || !secretKey) throw new Error('local cloud: set both LOCAL_CLOUD_SECRET_ID and LOCAL_CLOUD_SECRET_KEY, or neither');
  return { secretId, secretKey };
}

export const DEFAULT_H5_PORT = 10086;

/** The origins of the h5 dev server (`npm start`, `npm run dev:h5`), whose proxy forwards /__cloud here. */
export function devServerOrigins(port = h5PortFrom(process.env)): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function h5PortFrom(env: NodeJS.ProcessEnv): number {
  const fromEnv = env.H5_PORT ? Number(env.H5_PORT) : NaN;
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_H5_PORT;
}
