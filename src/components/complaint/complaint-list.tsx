import { View } from '@tarojs/components';
import type { ComplaintCard as ComplaintCardData } from '@contract/complaint';
import { usePhotoUrls } from '../../hooks/use-photo-urls';
import { complaintDetailUrl, openPage } from '../../navigation/routes';
import type { SupportState } from './complaint-card';
import { ComplaintCard } from './complaint-card';

interface Props {
  items: readonly ComplaintCardData[];
  showDue?: boolean;
  /** The wall's 同问 state per case; absent: no 同问 buttons. */
  supportOf?: (card: ComplaintCardData) => SupportState;
  onSupport?: (card: ComplaintCardData) => void;
}

/** Cards with their cover photos resolved in one request; a tap opens the case. */
export function ComplaintList({ items, showDue, supportOf, onSupport }: Props) {
  const urls = usePhotoUrls(items.map((item) => item.coverPhoto).filter((id): id is string => Boolean(id)));
  return (
    <View className="gh-complaint-list">
      {items.map((card) => (
        <ComplaintCard key={card.id} card={card} coverUrl={card.coverPhoto ? urls[card.coverPhoto] : undefined} showDue={showDue}
          support={supportOf?.(card)} onSupport={onSupport ? () => onSupport(card) : undefined}
          onOpen={() => openPage(complaintDetailUrl(card.id))} />
      ))}
    </View>
  );
}
