import { Text, View } from '@tarojs/components';
import type { ClaimHint, WishDetail } from '@contract/wish';
import { ROUTES, openPage } from '../../navigation/routes';
import { Button } from '../../ui/nut';

/** Why this reader cannot claim this published wish, as the server says (null: nothing to show). */
export function claimHintOf(wish: WishDetail): ClaimHint | null {
  return wish.status === 'published' && !wish.actions.includes('claim') ? wish.claimHint : null;
}

const TEXTS: Record<ClaimHint, { title: string; hint: string; button: string | null; url: string }> = {
  register: {
    title: '先登记，再来帮忙',
    hint: '填写姓名和住址、加入社区后，就可以申请成为志愿者，认领邻居的心愿。',
    button: '去登记',
    url: ROUTES.editProfile,
  },
  become_volunteer: {
    title: '成为志愿者，就能认领这个心愿',
    hint: '心愿由社区审核过的志愿者认领。申请通过后，您就可以帮这位邻居，完成后还能获得积分。',
    button: '申请成为志愿者',
    url: ROUTES.volunteer,
  },
  volunteer_pending: {
    title: '您的志愿者申请正在审核',
    hint: '审核通过后就能认领心愿，我们会在“消息”里通知您。',
    button: null,
    url: ROUTES.volunteer,
  },
};

/** What a resident who may not claim sees instead of the 认领 button: why, and the way forward. */
export function ClaimPrompt({ hint }: { hint: ClaimHint }) {
  const text = TEXTS[hint];
  return (
    <View className="gh-card gh-wish-actions gh-claim-prompt" role="note">
      <Text className="gh-wish-actions__title">{text.title}</Text>
      <Text className="gh-wish-actions__hint">{text.hint}</Text>
      {text.button ? (
        <Button type="primary" size="large" block onClick={() => openPage(text.url)}>
          {text.button}
        </Button>
      ) : (
        <Button size="large" block disabled>
          申请审核中
        </Button>
      )}
    </View>
  );
}
