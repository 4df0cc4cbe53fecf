import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { uploadPhoto } from '../../services/photos';
import { sessionStore } from '../../state/session';
import { showError } from '../../ui/toast';

export interface PhotoItem {
  key: string;
  /** The local file, shown at once while it uploads. */
  preview: string;
  fileId: string | null;
  failed: boolean;
}

export interface PhotoUploads {
  items: PhotoItem[];
  max: number;
  fileIds: string[];
  uploading: boolean;
  add(): Promise<void>;
  remove(key: string): void;
  retry(key: string): Promise<void>;
}

// The browser's own file dialog already offers camera or album on a phone; WeChat asks for itself.
const SOURCES: ('album' | 'camera')[] = process.env.TARO_ENV === 'h5' ? ['album'] : ['album', 'camera'];

/** Photos chosen on the phone, each uploaded through the cloud seam as soon as it is picked. */
export function usePhotoUploads(area: string, max = 6): PhotoUploads {
  const [items, setItems] = useState<PhotoItem[]>([]);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const counter = useRef(0);

  function patch(key: string, change: Partial<PhotoItem>) {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }

  async function upload(item: PhotoItem) {
    const reply = await uploadPhoto(area, sessionStore.get().profile?.openid ?? 'anonymous', item.preview);
    if (reply.ok) patch(item.key, { fileId: reply.data, failed: false });
    else {
      patch(item.key, { failed: true });
      showError('照片上传失败，点一下照片重试');
    }
  }

  async function add() {
    const room = max - itemsRef.current.length;
    if (room <= 0) return;
    let paths: string[];
    try {
      const chosen = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: SOURCES });
      paths = chosen.tempFilePaths.slice(0, room);
    } catch {
      return; // The user closed the picker.
    }
    const fresh = paths.map((preview) => ({ key: `p${(counter.current += 1)}`, preview, fileId: null, failed: false }));
    setItems((current) => [...current, ...fresh].slice(0, max));
    await Promise.all(fresh.map(upload));
  }

  async function retry(key: string) {
    const item = itemsRef.current.find((candidate) => candidate.key === key);
    if (!item || !item.failed) return;
    patch(key, { failed: false });
    await upload(item);
  }

  return {
    items,
    max,
    fileIds: items.map((item) => item.fileId).filter((id): id is string => Boolean(id)),
    uploading: items.some((item) => !item.fileId && !item.failed),
    add,
    remove: (key) => setItems((current) => current.filter((item) => item.key !== key)),
    retry,
  };
}
