import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { usePhotoUrls } from '../../hooks/use-photo-urls';
import './photos.scss';

/** Photos stored in the cloud, three to a row; a tap shows them full screen. */
export function PhotoGrid({ fileIds }: { fileIds: readonly string[] }) {
  const urls = usePhotoUrls(fileIds);
  const shown = fileIds.map((id) => urls[id]).filter((url): url is string => Boolean(url));
  if (fileIds.length === 0) return null;
  return (
    <View className="gh-photos gh-photos--view">
      {shown.map((url) => (
        <View key={url} className="gh-photos__tile" onClick={() => void Taro.previewImage({ current: url, urls: shown })}>
          <Image className="gh-photos__image" src={url} mode="aspectFill" />
        </View>
      ))}
    </View>
  );
}
