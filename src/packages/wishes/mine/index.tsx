import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { MyProfile } from '@contract/user';
import type { MyWishes } from '@contract/wish';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { Segmented } from '../../../components/segmented/segmented';
import { SessionGate } from '../../../components/session-gate';
import { WishList } from '../../../components/wish/wish-list';
import { useReply } from '../../../hooks/use-reply';
import { ROUTES, newWishUrl, openPage, openTab } from '../../../navigation/routes';
import { myWishes } from '../../../services/wishes';
import { Button } from '../../../ui/nut';

type Tab = 'wishes' | 'claims';

function ClaimsEmpty({ profile }: { profile: MyProfile }) {
  if (profile.volunteerStatus !== 'approved') {
    return (
      <EmptyState icon="🤝" title="成为志愿者，就能认领心愿" description="帮邻居实现小心愿，还能获得积分。">
        <Button type="primary" className="gh-state__action" onClick={() => openPage(ROUTES.volunteer)}>
          申请成为志愿者
        </Button>
      </EmptyState>
    );
  }
  return (
    <EmptyState icon="🙋" title="还没有认领心愿" description="去心愿墙看看，有没有您能帮上忙的。">
      <Button type="primary" className="gh-state__action" onClick={() => openTab('wishes')}>
        去心愿墙
      </Button>
    </EmptyState>
  );
}

function Mine({ profile }: { profile: MyProfile }) {
  const { params } = useRouter();
  const [tab, setTab] = useState<Tab>(params.tab === 'claims' ? 'claims' : 'wishes');
  const [state, reload] = useReply<MyWishes>(() => myWishes());
  useDidShow(() => {
    // Back from a wish whose status changed.
    if (state.status !== 'loading') reload();
  });
  usePullDownRefresh(() => {
    reload();
    void Taro.stopPullDownRefresh();
  });

  const counts = state.status === 'ready' ? state.data : null;
  return (
    <View>
      <Segmented<Tab>
        segments={[
          { key: 'wishes', title: '我的心愿', count: counts?.wishes.length },
          { key: 'claims', title: '我的认领', count: counts?.claims.length },
        ]}
        active={tab}
        onChange={setTab}
      />
      {state.status === 'loading' ? <LoadingState /> : null}
      {state.status === 'error' ? <ErrorState error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' && tab === 'wishes' ? (
        state.data.wishes.length ? (
          <WishList items={state.data.wishes} showStatus />
        ) : (
          <EmptyState icon="💝" title="还没有发布过心愿" description="有什么需要邻里帮忙的，说出来吧。">
            <Button type="primary" className="gh-state__action" onClick={() => openPage(newWishUrl())}>
              我要许愿
            </Button>
          </EmptyState>
        )
      ) : null}
      {state.status === 'ready' && tab === 'claims' ? (
        state.data.claims.length ? <WishList items={state.data.claims} showStatus /> : <ClaimsEmpty profile={profile} />
      ) : null}
    </View>
  );
}

export default function MyWishesPage() {
  return (
    <PageShell back>
      <SessionGate>{(profile) => <Mine profile={profile} />}</SessionGate>
    </PageShell>
  );
}
