import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import type { MyProfile, PointsCredit } from '@contract/user';
import { usePagedList } from '../../hooks/use-paged-list';
import { ROUTES, openPage, openTab, wishDetailUrl } from '../../navigation/routes';
import { pointsHistory } from '../../services/users';
import { dateLabel } from '../../ui/dates';
import { Button } from '../../ui/nut';
import { ListFooter } from '../list-footer/list-footer';
import { ErrorState, LoadingState } from '../page-state/page-state';
import './points.scss';

function Balance({ points }: { points: number }) {
  return (
    <View className="gh-card gh-points__balance">
      <Text className="gh-points__label">我的积分</Text>
      <Text className="gh-points__value">{points}</Text>
    </View>
  );
}

/** What points are and how to earn them: for everyone who has none yet. */
function HowToEarn({ profile }: { profile: MyProfile }) {
  const volunteer = profile.volunteerStatus === 'approved';
  return (
    <View className="gh-card gh-points__how">
      <Text className="gh-points__how-title">积分是什么？</Text>
      <Text className="gh-points__how-text">积分记录您为邻里出的力：志愿者认领心愿、帮忙完成，受助人确认后，积分就会到账。</Text>
      <Text className="gh-points__how-title">怎么获得积分？</Text>
      <Text className="gh-points__how-text">
        {volunteer ? '去心愿墙认领一个心愿，帮邻居实现它。' : '先申请成为志愿者，审核通过后就能认领心愿、获得积分。'}
      </Text>
      {volunteer ? (
        <Button type="primary" size="large" block onClick={() => openTab('wishes')}>去心愿墙</Button>
      ) : (
        <Button type="primary" size="large" block onClick={() => openPage(ROUTES.volunteer)}>申请成为志愿者</Button>
      )}
    </View>
  );
}

function Line({ line }: { line: PointsCredit }) {
  const open = line.itemType === 'wish' ? () => openPage(wishDetailUrl(line.itemId)) : undefined;
  return (
    <View className="gh-points__line" role={open ? 'button' : undefined} onClick={open}>
      <View className="gh-points__what">
        <Text className="gh-points__title">{line.itemTitle ? `「${line.itemTitle}」` : '积分变动'}</Text>
        <Text className="gh-points__date">{dateLabel(line.at)}</Text>
      </View>
      <Text className={line.points >= 0 ? 'gh-points__delta' : 'gh-points__delta gh-points__delta--minus'}>
        {line.points >= 0 ? `+${line.points}` : String(line.points)}
      </Text>
    </View>
  );
}

/** 我的积分: the balance, each credit with its wish and date; what points are for those without any. */
export function PointsHistory({ profile }: { profile: MyProfile }) {
  // The balance as the history was read, so that the figure and the lines agree.
  const [balance, setBalance] = useState(profile.points);
  const list = usePagedList<PointsCredit>(async (cursor) => {
    const reply = await pointsHistory(cursor);
    if (reply.ok && !cursor) setBalance(reply.data.balance);
    return reply;
  }, 'points');
  useReachBottom(() => {
    void list.loadMore();
  });
  const lines = list.items;

  return (
    <View>
      <Balance points={balance} />
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' && list.error ? <ErrorState error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && lines.length === 0 ? <HowToEarn profile={profile} /> : null}
      {list.status === 'ready' && lines.length > 0 ? (
        <View>
          <Text className="gh-section-title">积分明细</Text>
          <View className="gh-card gh-points__lines">
            {lines.map((line) => (
              <Line key={line.id} line={line} />
            ))}
          </View>
          <ListFooter count={lines.length} hasMore={list.hasMore} loadingMore={list.loadingMore}
            moreError={list.moreError} onMore={() => void list.loadMore()} />
        </View>
      ) : null}
    </View>
  );
}
