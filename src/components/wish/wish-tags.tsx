import { Text, View } from '@tarojs/components';
import type { WishCard } from '@contract/wish';

interface Props {
  wish: Pick<WishCard, 'category' | 'beneficiaryType' | 'filedByGridWorker'>;
  /** Also say when a grid worker filed it (the review queue and the detail; the wall has no room). */
  showFiling?: boolean;
}

export function WishTags({ wish, showFiling = false }: Props) {
  return (
    <View className="gh-wish-card__tags">
      <Text className="gh-tag">{wish.category}</Text>
      <Text className="gh-tag gh-tag--soft">{wish.beneficiaryType}</Text>
      {showFiling && wish.filedByGridWorker ? <Text className="gh-tag gh-tag--soft">网格员代提交</Text> : null}
    </View>
  );
}
