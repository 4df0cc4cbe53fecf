import { View } from '@tarojs/components';
import type { WishCard as WishCardData } from '@contract/wish';
import { usePhotoUrls } from '../../hooks/use-photo-urls';
import { openPage, wishDetailUrl } from '../../navigation/routes';
import { WishCard } from './wish-card';

interface Props {
  items: readonly WishCardData[];
  showStatus?: boolean;
  /** Name the community beside the grid (street-wide lists). */
  streetWide?: boolean;
}

/** Cards with their cover photos resolved in one request; a tap opens the wish. */
export function WishList({ items, showStatus, streetWide }: Props) {
  const urls = usePhotoUrls(items.map((item) => item.coverPhoto).filter((id): id is string => Boolean(id)));
  return (
    <View className="gh-wish-list">
      {items.map((card) => (
        <WishCard
          key={card.id}
          card={card}
          coverUrl={card.coverPhoto ? urls[card.coverPhoto] : undefined}
          showStatus={showStatus}
          streetWide={streetWide}
          onOpen={() => openPage(wishDetailUrl(card.id))}
        />
      ))}
    </View>
  );
}
