import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { uploadPhoto } from '../../services/photos';
import { sessionStore } from '../../state/session';
import type { ChosenFile } from './is-image';
import { isImageFile, notImageMessage } from './is-image';

export interface PhotoItem {
  key: string;
  /** The local file, shown at once while it uploads; '' for a photo already in the cloud (shown by its URL). */
  preview: string;
  fileId: string | null;
  failed: boolean;
}

export interface PhotoUploads {
  items: PhotoItem[];
  max: number;
  fileIds: string[];
  uploading: boolean;
  /** What the picker's field must say now: a file that is not a photo, an upload that failed. */
  problem: string | null;
  add(): Promise<void>;
  remove(key: string): void;
  retry(key: string): Promise<void>;
}

// The browser's own file dialog already offers camera or album on a phone; WeChat asks for itself.
const SOURCES: ('album' | 'camera')[] = process.env.TARO_ENV === 'h5' ? ['album'] : ['album', 'camera'];

const UPLOAD_FAILED = '有照片没有传上去，点一下那张照片重试';

function chosenFiles(result: { tempFilePaths: string[]; tempFiles?: unknown[] }): ChosenFile[] {
  return result.tempFilePaths.map((path, index) => {
    const described = result.tempFiles?.[index];
    return typeof described === 'object' && described !== null ? { ...(described as ChosenFile), path } : { path };
  });
}

/**
 * Photos chosen on the phone, each uploaded through the cloud seam as soon as it is picked. `initial`: photos
 * already in the cloud (a restored draft, a wish being corrected), kept as they are.
 */
export function usePhotoUploads(max = 6, initial: readonly string[] = []): PhotoUploads {
  const counter = useRef(0);
  const [items, setItems] = useState<PhotoItem[]>(() =>
    initial.slice(0, max).map((fileId) => ({ key: `p${(counter.current += 1)}`, preview: '', fileId, failed: false })),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  function patch(key: string, change: Partial<PhotoItem>) {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }

  async function upload(item: PhotoItem) {
    const reply = await uploadPhoto(sessionStore.get().profile?.openid ?? 'anonymous', item.preview);
    if (reply.ok) patch(item.key, { fileId: reply.data, failed: false });
    else {
      patch(item.key, { failed: true });
      setProblem(UPLOAD_FAILED);
    }
  }

  async function add() {
    const room = max - itemsRef.current.length;
    if (room <= 0) return;
    let files: ChosenFile[];
    try {
      const chosen = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: SOURCES });
      files = chosenFiles(chosen).slice(0, room);
    } catch {
      return; // The user closed the picker.
    }
    const refused = files.filter((file) => !isImageFile(file));
    setProblem(refused.length ? notImageMessage(refused) : null);
    const fresh = files
      .filter(isImageFile)
      .map((file) => ({ key: `p${(counter.current += 1)}`, preview: file.path, fileId: null, failed: false }));
    if (fresh.length === 0) return;
    setItems((current) => [...current, ...fresh].slice(0, max));
    await Promise.all(fresh.map(upload));
  }

  async function retry(key: string) {
    const item = itemsRef.current.find((candidate) => candidate.key === key);
    if (!item || !item.failed) return;
    patch(key, { failed: false });
    setProblem(null);
    await upload(item);
  }

  return {
    items,
    max,
    fileIds: items.map((item) => item.fileId).filter((id): id is string => Boolean(id)),
    uploading: items.some((item) => !item.fileId && !item.failed),
    problem,
    add,
    remove: (key) => {
      setProblem(null);
      setItems((current) => current.filter((item) => item.key !== key));
    },
    retry,
  };
}
