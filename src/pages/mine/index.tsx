import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { VolunteerStatus } from '@contract/user';
import { ElderModeSwitch } from '../../components/elder-mode/elder-mode-switch';
import { PageShell } from '../../components/page-shell/page-shell';
import { isPlaced } from '../../components/profile-card/placement-text';
import { ProfileCard } from '../../components/profile-card/profile-card';
import { SessionGate } from '../../components/session-gate';
import { useStore } from '../../hooks/use-store';
import { ROUTES, myWishesUrl, openPage } from '../../navigation/routes';
import { refreshUnread, unreadStore } from '../../state/inbox';
import { refreshSession, sessionStore } from '../../state/session';
import { Button, Cell, CellGroup } from '../../ui/nut';
import './index.scss';

const VOLUNTEER_LABELS: Record<VolunteerStatus, string> = {
  none: '申请成为志愿者',
  pending: '审核中',
  approved: '已是志愿者',
  rejected: '未通过，可重新申请',
};

function UnreadBadge() {
  const unread = useStore(unreadStore);
  return (
    <View className="gh-mine__extra">
      {unread > 0 ? (
        <Text className="gh-mine__badge" aria-label={`${unread}条未读消息`}>
          {unread > 99 ? '99+' : unread}
        </Text>
      ) : null}
      <Text>›</Text>
    </View>
  );
}

export default function MinePage() {
  useDidShow(() => {
    // Points, roles and messages change on the server (reviews, rewards): refresh when the tab comes back.
    if (sessionStore.get().status === 'ready') void refreshSession();
    else void refreshUnread(true);
  });
  return (
    <PageShell tab="mine">
      <SessionGate>
        {(profile) => (
          <View>
            <ProfileCard profile={profile} onOpenPoints={() => openPage(ROUTES.points)} />
            {isPlaced(profile) ? null : (
              <View className="gh-card gh-mine__register">
                <Text className="gh-mine__register-title">完善信息，加入您的社区</Text>
                <Text className="gh-muted">填写姓名和住址后，就可以发布心愿、反映问题、参加议事。</Text>
                <Button type="primary" className="gh-block-button" onClick={() => openPage(ROUTES.editProfile)}>
                  立即登记
                </Button>
              </View>
            )}
            <ElderModeSwitch />
            {isPlaced(profile) ? (
              <CellGroup>
                <Cell title="我的心愿" extra="发布的心愿 ›" clickable onClick={() => openPage(myWishesUrl('wishes'))} />
                {profile.volunteerStatus === 'approved' ? (
                  <Cell title="我的认领" extra="认领的心愿 ›" clickable onClick={() => openPage(myWishesUrl('claims'))} />
                ) : null}
                <Cell title="消息" extra={<UnreadBadge />} clickable onClick={() => openPage(ROUTES.inbox)} />
                <Cell title="我的积分" extra={`${profile.points} 分 ›`} clickable onClick={() => openPage(ROUTES.points)} />
              </CellGroup>
            ) : null}
            <CellGroup>
              <Cell title="个人信息" extra="修改 ›" clickable onClick={() => openPage(ROUTES.editProfile)} />
              <Cell title="志愿者" extra={`${VOLUNTEER_LABELS[profile.volunteerStatus]} ›`} clickable
                onClick={() => openPage(ROUTES.volunteer)} />
              {__LOCAL_BRIDGE__ ? (
                <Cell title="切换演示身份" extra={`${profile.openid} ›`} clickable onClick={() => openPage(ROUTES.identity)} />
              ) : null}
            </CellGroup>
          </View>
        )}
      </SessionGate>
    </PageShell>
  );
}
