/** `storage.*` actions: upload metadata (the SDK then PUTs to our URL), temp URLs, deletion. */
import { randomBytes } from 'node:crypto';
import type { JsonReply } from '../admin/database-actions';
import type { Params } from '../admin/params';
import { str } from '../admin/params';
import { isPlainObject } from '../db/types';
import type { FileStore } from './files';
import { normaliseCloudPath } from './files';

const UPLOAD_TTL_MS = 15 * 60 * 1000;
const DEFAULT_MAX_AGE = 7200;

export function encodeCloudPath(cloudPath: string): string {
  return cloudPath.split('/').map(encodeURIComponent).join('/');
}

/** Issues and checks the one-off signatures of upload URLs. */
export class UploadGrants {
  private readonly grants = new Map<string, { cloudPath: string; expires: number }>();

  issue(cloudPath: string): string {
    const sign = randomBytes(16).toString('hex');
    this.grants.set(sign, { cloudPath, expires: Date.now() + UPLOAD_TTL_MS });
    return sign;
  }

  redeem(sign: string, cloudPath: string): boolean {
    const grant = this.grants.get(sign);
    this.grants.delete(sign);
    for (const [key, value] of this.grants) if (value.expires < Date.now()) this.grants.delete(key);
    return Boolean(grant && grant.cloudPath === cloudPath && grant.expires >= Date.now());
  }
}

export interface StorageContext {
  files: FileStore;
  grants: UploadGrants;
  baseUrl: () => string;
}

/** Like CloudBase temp URLs, the path is not percent-encoded (clients encodeURI it). */
export function tempUrlFor(ctx: StorageContext, cloudPath: string): string {
  return `${ctx.baseUrl()}/__cloud/files/${cloudPath}`;
}

function getUploadMetadata(ctx: StorageContext, params: Params): JsonReply {
  const cloudPath = normaliseCloudPath(str(params, 'path'));
  const sign = ctx.grants.issue(cloudPath);
  const fileId = ctx.files.fileIdFor(cloudPath);
  return {
    data: {
      url: `${ctx.baseUrl()}/__storage/${encodeCloudPath(cloudPath)}?sign=${sign}`,
      token: sign,
      authorization: `q-sign-algorithm=sha1&q-sign-time=local&q-signature=${sign}`,
      fileId,
      cosFileId: randomBytes(12).toString('hex'),
      download_url: tempUrlFor(ctx, cloudPath),
    },
  };
}

function fileIdsOf(params: Params, key: string, field?: string): string[] {
  const raw = params[key];
  if (!Array.isArray(raw)) return [];
  return raw.map((item: unknown) => {
    if (field && isPlainObject(item)) return String(item[field] ?? '');
    return String(item);
  });
}

async function batchGetDownloadUrl(ctx: StorageContext, params: Params): Promise<JsonReply> {
  const items = Array.isArray(params.file_list) ? params.file_list : [];
  const list = await Promise.all(
    items.map(async (item: unknown) => {
      const fileID = isPlainObject(item) ? String(item.fileid ?? '') : String(item);
      const maxAge = isPlainObject(item) && typeof item.max_age === 'number' ? item.max_age : DEFAULT_MAX_AGE;
      const cloudPath = ctx.files.cloudPathOf(fileID);
      if (!cloudPath || !(await ctx.files.exists(cloudPath))) {
        return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST', message: 'file not exist', maxAge };
      }
      return { fileID, tempFileURL: tempUrlFor(ctx, cloudPath), code: 'SUCCESS', maxAge };
    }),
  );
  return { data: { download_list: list } };
}

async function batchDeleteFile(ctx: StorageContext, params: Params): Promise<JsonReply> {
  const list = await Promise.all(
    fileIdsOf(params, 'fileid_list').map(async (fileID) => {
      const cloudPath = ctx.files.cloudPathOf(fileID);
      const removed = cloudPath ? await ctx.files.remove(cloudPath) : false;
      return removed ? { fileID, code: 'SUCCESS' } : { fileID, code: 'STORAGE_FILE_NONEXIST', message: 'file not exist' };
    }),
  );
  return { data: { delete_list: list } };
}

export const storageActions: Record<string, (ctx: StorageContext, params: Params) => Promise<JsonReply> | JsonReply> = {
  'storage.getUploadMetadata': getUploadMetadata,
  'storage.batchGetDownloadUrl': batchGetDownloadUrl,
  'storage.batchDeleteFile': batchDeleteFile,
};
