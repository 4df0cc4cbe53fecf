import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { MyProfile } from '@contract/user';
import type { BeneficiaryType, WishCard, WishCategory } from '@contract/wish';
import { BENEFICIARY_TYPES, WISH_CATEGORIES } from '@contract/wish-labels';
import { usePagedList } from '../../hooks/use-paged-list';
import { newWishUrl, openPage } from '../../navigation/routes';
import { listWishes } from '../../services/wishes';
import { refreshUnread } from '../../state/inbox';
import { Button } from '../../ui/nut';
import { Chips } from '../chips/chips';
import { ListFooter } from '../list-footer/list-footer';
import { OptionSheet } from '../option-sheet/option-sheet';
import { EmptyState, ErrorState, LoadingState } from '../page-state/page-state';
import { isStreetAdmin } from '../profile-card/placement-text';
import { WishList } from './wish-list';
import './wish-wall.scss';
import { filesOnBehalf } from '@contract/permissions-wishes';

const ALL = 'all';
const CATEGORY_CHIPS = [{ id: ALL, name: '全部' }, ...WISH_CATEGORIES.map((name) => ({ id: name, name }))];
const BENEFICIARY_OPTIONS = [{ id: ALL, name: '全部受助对象' }, ...BENEFICIARY_TYPES.map((name) => ({ id: name, name }))];

function WallHeader({ profile }: { profile: MyProfile }) {
  const gridWorker = filesOnBehalf(profile);
  return (
    <View className="gh-wall__head">
      <Text className="gh-wall__title">邻里微心愿</Text>
      <Text className="gh-wall__sub">一件小事，暖一户人家</Text>
      <View className="gh-wall__buttons">
        {profile.registered ? (
          <Button type="primary" size="large" className="gh-wall__wish" onClick={() => openPage(newWishUrl())}>
            ＋ 我要许愿
          </Button>
        ) : null}
        {gridWorker ? (
          <Button type="primary" fill="outline" size="large" className="gh-wall__proxy" onClick={() => openPage(newWishUrl(true))}>
            代居民许愿
          </Button>
        ) : null}
      </View>
    </View>
  );
}

/** 心愿墙: the community's published and claimed wishes, filtered, newest first, page by page. */
export function WishWall({ profile }: { profile: MyProfile }) {
  const [category, setCategory] = useState<string>(ALL);
  const [beneficiary, setBeneficiary] = useState<string>(ALL);
  const [choosing, setChoosing] = useState(false);
  const list = usePagedList<WishCard>(
    (cursor) =>
      listWishes({
        ...(cursor ? { cursor } : {}),
        ...(category !== ALL ? { category: category as WishCategory } : {}),
        ...(beneficiary !== ALL ? { beneficiaryType: beneficiary as BeneficiaryType } : {}),
      }),
    `${category}|${beneficiary}`,
  );

  useDidShow(() => {
    // Back from a wish or the form: claims and new wishes show without a manual refresh.
    if (list.status === 'ready') void list.reload(true);
    void refreshUnread();
  });
  usePullDownRefresh(() => {
    void list.reload(true).then(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    void list.loadMore();
  });

  const filtered = category !== ALL || beneficiary !== ALL;
  const beneficiaryName = BENEFICIARY_OPTIONS.find((option) => option.id === beneficiary)?.name ?? '全部受助对象';

  return (
    <View className="gh-wall">
      <WallHeader profile={profile} />
      <Chips label="心愿类别" options={CATEGORY_CHIPS} selectedId={category} onSelect={setCategory} />
      <View className="gh-wall__filter" role="button" aria-label="选择受助对象" onClick={() => setChoosing(true)}>
        <Text className="gh-wall__filter-label">受助对象</Text>
        <Text className="gh-wall__filter-value">{beneficiaryName} ▾</Text>
      </View>
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' && list.error ? <ErrorState error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        filtered ? (
          <EmptyState icon="🔍" title="没有符合条件的心愿" description="换个类别或受助对象看看吧。" />
        ) : (
          <EmptyState icon="💝" title="还没有心愿，来发布第一个吧" description="独居老人、困难家庭的小心愿，邻里一起帮忙实现。" />
        )
      ) : null}
      {list.status === 'ready' ? (
        <View>
          <WishList items={list.items} streetWide={isStreetAdmin(profile)} />
          <ListFooter count={list.items.length} hasMore={list.hasMore} loadingMore={list.loadingMore}
            moreError={list.moreError} onMore={() => void list.loadMore()} />
        </View>
      ) : null}
      {choosing ? (
        <OptionSheet title="受助对象" options={BENEFICIARY_OPTIONS} selectedId={beneficiary}
          onSelect={(option) => {
            setBeneficiary(option.id);
            setChoosing(false);
          }}
          onClose={() => setChoosing(false)} />
      ) : null}
    </View>
  );
}
