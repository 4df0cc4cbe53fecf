import { PHOTO_FOLDER } from '@contract/photo-folder';
import type { Reply } from '@contract/reply';
import { getTempFileURL, uploadFile } from './cloud';

/** Resolved URLs by fileID: temp URLs live for hours, a session is shorter. */
const resolved = new Map<string, string>();

function extensionOf(filePath: string): string {
  const match = /\.(jpe?g|png|gif|webp|heic)$/i.exec(filePath);
  return match ? match[1].toLowerCase() : 'jpg';
}

function randomPart(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Uploads one chosen photo into the uploader's own photo folder (`wishes/<openid>/<day>/…`); answers its
 * fileID. The functions accept only photos inside the caller's own folder: the openid in the path is how a
 * function tells whose file it is (CloudBase does not let it ask).
 */
export function uploadPhoto(owner: string, filePath: string): Promise<Reply<string>> {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  return uploadFile(`${PHOTO_FOLDER}/${owner}/${day}/${randomPart()}.${extensionOf(filePath)}`, filePath);
}

/** fileIDs → displayable URLs; ids already resolved are not asked for again. */
export async function resolvePhotoUrls(fileIds: readonly string[]): Promise<Record<string, string>> {
  const missing = Array.from(new Set(fileIds.filter((id) => id && !resolved.has(id))));
  if (missing.length > 0) {
    const reply = await getTempFileURL(missing);
    if (reply.ok) for (const [id, url] of Object.entries(reply.data)) if (url) resolved.set(id, url);
  }
  const urls: Record<string, string> = {};
  for (const id of fileIds) {
    const url = resolved.get(id);
    if (url) urls[id] = url;
  }
  return urls;
}
