import { Text, View } from '@tarojs/components';
import type { MyProfile } from '@contract/user';
import type { WishDetail } from '@contract/wish';
import { ROUTES, openPage } from '../../navigation/routes';
import { Button } from '../../ui/nut';
import type { ClaimHint } from '../wish/announced';
import { allows, serverClaimHint } from '../wish/announced';

/** Why this reader cannot claim the wish: the server's hint, else what their profile says. */
export function claimHintFor(wish: WishDetail, profile: MyProfile): ClaimHint | null {
  if (wish.status !== 'published' || wish.mine || allows(wish, 'claim')) return null;
  const fromServer = serverClaimHint(wish);
  if (fromServer) return fromServer;
  if (!profile.registered) return 'register';
  switch (profile.volunteerStatus) {
    case 'none':
      return 'apply';
    case 'pending':
      return 'pending';
    case 'rejected':
      return 'rejected';
    default:
      return null;
  }
}

const TEXTS: Record<ClaimHint, { title: string; hint: string; button: string | null; url: string }> = {
  register: {
    title: '先登记，再来帮忙',
    hint: '填写姓名和住址、加入社区后，就可以申请成为志愿者，认领邻居的心愿。',
    button: '去登记',
    url: ROUTES.editProfile,
  },
  apply: {
    title: '成为志愿者，就能认领这个心愿',
    hint: '心愿由社区审核过的志愿者认领。申请通过后，您就可以帮这位邻居，完成后还能获得积分。',
    button: '申请成为志愿者',
    url: ROUTES.volunteer,
  },
  pending: {
    title: '您的志愿者申请正在审核',
    hint: '审核通过后就能认领心愿，我们会在“消息”里通知您。',
    button: null,
    url: ROUTES.volunteer,
  },
  rejected: {
    title: '志愿者申请未通过',
    hint: '修改自我介绍后可以重新申请，通过后就能认领心愿。',
    button: '重新申请',
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
