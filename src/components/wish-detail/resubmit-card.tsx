import { Text, View } from '@tarojs/components';
import type { WishDetail } from '@contract/wish';
import { ROUTES, openPage } from '../../navigation/routes';
import { Button } from '../../ui/nut';

/** The filing form opened on a rejected wish, filled in from it; submitting it resubmits the wish. */
export function resubmitUrl(id: string): string {
  return `${ROUTES.newWish}?resubmit=${encodeURIComponent(id)}`;
}

/** A rejected wish is not the end: change what the reviewer asked for, and send it again. */
export function ResubmitCard({ wish }: { wish: WishDetail }) {
  return (
    <View className="gh-card gh-wish-actions">
      <Text className="gh-wish-actions__title">按审核意见修改一下</Text>
      <Text className="gh-wish-actions__hint">
        {wish.rejectReason ? '看看上面的理由，修改心愿后重新提交，社区会再次审核。' : '修改心愿后重新提交，社区会再次审核。'}
      </Text>
      <Button type="primary" size="large" block className="gh-resubmit__button" onClick={() => openPage(resubmitUrl(wish.id))}>
        修改后重新提交
      </Button>
    </View>
  );
}
