/**
 * Photos people attach (a wish's, a fulfilment's): each must be a file this environment stored for the
 * caller, and each is sent to WeChat's asynchronous image check; a photo that fails is hidden when the
 * verdict arrives (media-check-verdict.ts).
 *
 * Whose file it is: CloudBase records a file's creator for its storage rules, but a function cannot ask for
 * it. The client therefore uploads into a folder named after the caller (`wishes/<openid>/…`, see
 * src/services/photos.ts) and the function accepts only fileIDs of its own environment inside the caller's
 * folder, that exist.
 */
import { createHash } from 'crypto';
import { PHOTO_FOLDER } from '../../types/photo-folder';
import { AppError } from './errors';
import { sdk } from './runtime';

export const MEDIA_CHECKS = 'media_checks';

export const PHOTO_AREA = PHOTO_FOLDER;

/**
 * What a photo belongs to: a wish, its fulfilment, a complaint, its answer (答复), a department's report (反馈)
 * or a topic's progress report (落实情况).
 */
export type PhotoItemType = 'wish' | 'fulfilment' | 'complaint' | 'complaint_result' | 'summon_report' | 'meeting_progress';

/** One requested image check, keyed by WeChat's trace id (the push names only that). */
export interface MediaCheckDoc {
  _id: string;
  traceId: string;
  fileID: string;
  itemType: PhotoItemType;
  itemId: string;
  openid: string;
  status: 'pending' | 'pass' | 'review' | 'risky' | 'not_requested';
  requestedAt: unknown;
  verdictAt: unknown;
}

const INVALID_PHOTO = '照片无效，请重新上传';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `cloud://<env>.<bucket>/wishes/<openid>/…` for the current environment and caller. */
export function isOwnPhotoId(fileID: string, env: string, openid: string): boolean {
  if (!env || !openid) return false;
  const pattern = new RegExp(`^cloud://${escapeRegExp(env)}\\.[\\w.-]+/${PHOTO_AREA}/${escapeRegExp(openid)}/[^\\s]+$`);
  return pattern.test(fileID) && !fileID.split('/').some((segment) => segment === '..' || segment === '.');
}

function invalidPhoto(field: string, index: number): AppError {
  const path = `${field}.${index}`;
  return new AppError('INVALID_INPUT', INVALID_PHOTO, [{ path, message: INVALID_PHOTO }]);
}

interface TempFile {
  fileID?: string;
  status?: number;
  tempFileURL?: string;
}

/**
 * Refuses any photo that is not the caller's own file in this environment, and answers a downloadable URL
 * for each (WeChat's checker needs a URL it can reach; a fileID is not one).
 */
export async function ownPhotoUrls(openid: string, photos: readonly string[], field = 'photos'): Promise<string[]> {
  if (photos.length === 0) return [];
  const env = String(sdk().getWXContext().ENV ?? '');
  photos.forEach((fileID, index) => {
    if (!isOwnPhotoId(fileID, env, openid)) throw invalidPhoto(field, index);
  });
  const answer = (await sdk().getTempFileURL({ fileList: [...photos] })) as { fileList?: TempFile[] };
  const found = new Map((answer.fileList ?? []).map((file) => [file.fileID, file]));
  return photos.map((fileID, index) => {
    const file = found.get(fileID);
    if (!file || file.status !== 0 || !file.tempFileURL) throw invalidPhoto(field, index);
    return file.tempFileURL;
  });
}

/** msgSecCheck/mediaCheckAsync v2 scene 2 (评论): photos shown with what people write for others. */
const PHOTO_SCENE = 2;
const IMAGE = 2;

/** A short key of one file: an item may hold photos of several reports, so the position alone is not unique. */
function fileKey(fileID: string): string {
  return createHash('sha256').update(fileID).digest('hex').slice(0, 16);
}

async function requestCheck(openid: string, mediaUrl: string): Promise<string | null> {
  try {
    const answer = (await sdk().openapi.security.mediaCheckAsync({ mediaUrl, mediaType: IMAGE, version: 2, scene: PHOTO_SCENE, openid })) as {
      traceId?: unknown;
    };
    return typeof answer.traceId === 'string' && answer.traceId ? answer.traceId : null;
  } catch (error) {
    console.warn('media check not requested', (error as { errCode?: number }).errCode ?? error);
    return null;
  }
}

/**
 * Checks that the photos are the caller's, then asks WeChat to check each image and records the request so
 * the verdict can find its photo. Call it before the item is stored (the item's id is known by then): a
 * refused photo stores nothing. A check WeChat would not take is recorded as `not_requested` (and logged);
 * the photo stays, as it would if the check passed.
 */
export async function checkPhotos(
  openid: string,
  photos: readonly string[] | undefined,
  item: { itemType: PhotoItemType; itemId: string },
  field = 'photos',
): Promise<void> {
  if (!photos || photos.length === 0) return;
  const urls = await ownPhotoUrls(openid, photos, field);
  const db = sdk().database();
  await Promise.all(
    photos.map(async (fileID, index) => {
      const traceId = await requestCheck(openid, urls[index]);
      const id = traceId ?? `not-requested-${item.itemType}-${item.itemId}-${fileKey(fileID)}`;
      const data: Omit<MediaCheckDoc, '_id'> = {
        traceId: traceId ?? '',
        fileID,
        ...item,
        openid,
        status: traceId ? 'pending' : 'not_requested',
        requestedAt: db.serverDate(),
        verdictAt: null,
      };
      await db.collection(MEDIA_CHECKS).doc(id).set({ data });
    }),
  );
}
