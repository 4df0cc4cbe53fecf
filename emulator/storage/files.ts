/** Cloud storage on the local disk: cloud paths map to files under `<dataDir>/storage`. */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { storageErrors } from '../admin/errors';

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Rejects paths that could leave the storage root. Returns the normalised cloud path. */
export function normaliseCloudPath(cloudPath: string): string {
  const trimmed = cloudPath.replace(/^\/+/, '');
  const segments = trimmed.split('/');
  if (!trimmed || trimmed.includes('\\') || trimmed.includes('\0') || segments.some((s) => s === '' || s === '.' || s === '..')) {
    throw storageErrors.invalidPath(cloudPath);
  }
  return trimmed;
}

export class FileStore {
  readonly bucket: string;

  constructor(
    private readonly root: string,
    readonly envId: string,
  ) {
    this.bucket = `${envId}.6c6f-${envId}-1300000000`;
  }

  fileIdFor(cloudPath: string): string {
    return `cloud://${this.bucket}/${normaliseCloudPath(cloudPath)}`;
  }

  /** The cloud path inside a fileID, or undefined when the id is not of this form. */
  cloudPathOf(fileId: string): string | undefined {
    const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId);
    if (!match) return undefined;
    try {
      return normaliseCloudPath(match[1]);
    } catch {
      return undefined;
    }
  }

  private fileOf(cloudPath: string): string {
    return path.join(this.root, ...normaliseCloudPath(cloudPath).split('/'));
  }

  /** Writes atomically and durably (temp file, fsync, rename). */
  async save(cloudPath: string, bytes: Buffer): Promise<void> {
    const file = this.fileOf(cloudPath);
    await fsp.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${randomBytes(4).toString('hex')}.uploading`;
    const handle = await fsp.open(tmp, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(tmp, file);
  }

  async read(cloudPath: string): Promise<Buffer | undefined> {
    try {
      const file = this.fileOf(cloudPath);
      if (file.endsWith('.uploading')) return undefined;
      return await fsp.readFile(file);
    } catch {
      return undefined;
    }
  }

  async exists(cloudPath: string): Promise<boolean> {
    try {
      return (await fsp.stat(this.fileOf(cloudPath))).isFile();
    } catch {
      return false;
    }
  }

  async remove(cloudPath: string): Promise<boolean> {
    try {
      await fsp.unlink(this.fileOf(cloudPath));
      return true;
    } catch {
      return false;
    }
  }
}
