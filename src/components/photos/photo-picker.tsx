import { Image, Text, View } from '@tarojs/components';
import { usePhotoUrls } from '../../hooks/use-photo-urls';
import { FieldFrame } from '../fields/field-frame';
import type { PhotoUploads } from './use-photo-uploads';
import './photos.scss';

interface Props {
  label: string;
  /** Names the field for the scroll to the first error. */
  name?: string;
  photos: PhotoUploads;
  error?: string;
}

/** Thumbnails of the chosen photos (each removable), and a tile to add more up to the limit. */
export function PhotoPicker({ label, name, photos, error }: Props) {
  const stored = usePhotoUrls(photos.items.filter((item) => !item.preview && item.fileId).map((item) => item.fileId as string));
  return (
    <FieldFrame label={`${label}（${photos.items.length}/${photos.max}）`} name={name} error={error ?? photos.problem ?? undefined}>
      <View className="gh-photos">
        {photos.items.map((item, index) => {
          const src = item.preview || (item.fileId ? stored[item.fileId] : '');
          return (
            <View key={item.key} className="gh-photos__tile" onClick={() => void photos.retry(item.key)}>
              {src ? <Image className="gh-photos__image" src={src} mode="aspectFill" /> : null}
              {item.fileId ? null : (
                <Text className="gh-photos__state">{item.failed ? '上传失败\n点此重试' : '上传中…'}</Text>
              )}
              <View
                className="gh-photos__remove"
                role="button"
                aria-label={`删除第${index + 1}张照片`}
                onClick={(event) => {
                  event.stopPropagation();
                  photos.remove(item.key);
                }}
              >
                <Text className="gh-photos__remove-mark">×</Text>
              </View>
            </View>
          );
        })}
        {photos.items.length < photos.max ? (
          <View className="gh-photos__tile gh-photos__add" role="button" aria-label="添加照片" onClick={() => void photos.add()}>
            <View className="gh-photos__add-inner">
              <Text className="gh-photos__plus">＋</Text>
              <Text className="gh-photos__add-text">添加照片</Text>
            </View>
          </View>
        ) : null}
      </View>
    </FieldFrame>
  );
}
