import { useEffect, useState } from 'react';
import { resolvePhotoUrls } from '../services/photos';

/** Displayable URLs for cloud fileIDs; ids not (yet) resolved are simply absent. */
export function usePhotoUrls(fileIds: readonly string[]): Record<string, string> {
  const [urls, setUrls] = useState<Record<string, string>>({});
  const key = fileIds.join('|');
  useEffect(() => {
    if (!key) return undefined;
    let live = true;
    void resolvePhotoUrls(key.split('|')).then((found) => {
      if (live) setUrls((current) => ({ ...current, ...found }));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return urls;
}
