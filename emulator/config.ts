/** Resolves LocalCloudOptions against the environment and the repository layout. */
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

export const LOCAL_SECRET: ApiSecret = { secretId: 'local-secret-id', secretKey: 'local-secret-key' };

export const DEFAULT_H5_PORT = 10086;

/** The origins of the h5 dev server (`npm start`, `npm run dev:h5`), whose proxy forwards /__cloud here. */
export function devServerOrigins(port = h5PortFrom(process.env)): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function h5PortFrom(env: NodeJS.ProcessEnv): number {
  const fromEnv = env.H5_PORT ? Number(env.H5_PORT) : NaN;
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_H5_PORT;
}
