/** Serves a built h5 app: files from a directory, index.html for unknown paths (client-side routes). */
import { promises as fsp } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as path from 'node:path';
import { contentTypeFor } from '../storage/files';
import { sendBytes } from './io';

async function readFileIfAny(file: string): Promise<Buffer | undefined> {
  try {
    const stat = await fsp.stat(file);
    return stat.isFile() ? await fsp.readFile(file) : undefined;
  } catch {
    return undefined;
  }
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname);
  const base = path.resolve(root);
  const target = path.resolve(base, `.${pathname}`);
  const inside = target === base || target.startsWith(`${base}${path.sep}`);
  const candidates = inside ? [target, path.join(target, 'index.html')] : [];
  for (const file of [...candidates, path.join(base, 'index.html')]) {
    const bytes = await readFileIfAny(file);
    if (bytes) {
      sendBytes(res, 200, req.method === 'HEAD' ? Buffer.alloc(0) : bytes, contentTypeFor(file));
      return true;
    }
  }
  return false;
}
