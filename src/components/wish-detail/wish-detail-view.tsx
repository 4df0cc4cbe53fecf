import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { WishDetail } from '@contract/wish';
import { WISH_STATUS_LABELS } from '@contract/wish';
import { cx } from '../../ui/class-names';
import { dateLabel, dateTimeLabel } from '../../ui/dates';
import { PhotoGrid } from '../photos/photo-grid';
import { STATUS_HINTS, STATUS_TONES, daysLeftText } from '../wish/wish-text';
import '../wish/wish.scss';
import './wish-detail.scss';
import { WishTags } from '../wish/wish-tags';

function callPhone(phone: string) {
  void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined);
}

function StatusBanner({ wish }: { wish: WishDetail }) {
  const tone = STATUS_TONES[wish.status];
  return (
    <View className={cx('gh-wish-detail__banner', `gh-wish-detail__banner--${tone}`)}>
      <Text className="gh-wish-detail__status">{WISH_STATUS_LABELS[wish.status]}</Text>
      <Text className="gh-wish-detail__hint">{STATUS_HINTS[wish.status]}</Text>
      {wish.rejectReason ? <Text className="gh-wish-detail__reason">理由：{wish.rejectReason}</Text> : null}
    </View>
  );
}

function Summary({ wish }: { wish: WishDetail }) {
  const open = wish.status === 'published' || wish.status === 'claimed';
  const due = open ? daysLeftText(wish.daysLeft) : null;
  return (
    <View className="gh-card">
      <Text className="gh-wish-detail__title">{wish.title}</Text>
      <WishTags wish={wish} showFiling />
      <View className="gh-wish-detail__facts">
        <Text className="gh-wish-detail__fact">
          受助人：{wish.beneficiaryMasked}
          {wish.gridName ? ` · ${wish.gridName}` : ''}
        </Text>
        {wish.wantedBy ? (
          <Text className="gh-wish-detail__fact">
            希望在 {dateLabel(wish.wantedBy)} 前完成
            {due ? <Text className="gh-wish-detail__due">（{due}）</Text> : null}
          </Text>
        ) : (
          <Text className="gh-wish-detail__fact">完成时间：不限</Text>
        )}
      </View>
      <Text className="gh-wish-detail__heading gh-wish-detail__heading--inner">心愿故事</Text>
      <Text className="gh-wish-detail__story">{wish.story}</Text>
      <PhotoGrid fileIds={wish.photos} />
    </View>
  );
}

function Contact({ wish }: { wish: WishDetail }) {
  const person = wish.beneficiary;
  if (!person) return null;
  const address = [wish.buildingName, person.room].filter(Boolean).join(' ');
  return (
    <View className="gh-card gh-wish-detail__private">
      <Text className="gh-wish-detail__heading">受助人联系方式</Text>
      <Text className="gh-wish-detail__row">姓名：{person.name}</Text>
      {address ? <Text className="gh-wish-detail__row">住址：{address}</Text> : null}
      {person.phone ? (
        <View className="gh-wish-detail__call" role="button" aria-label={`拨打电话 ${person.phone}`} onClick={() => callPhone(person.phone ?? '')}>
          <Text>📞 {person.phone}</Text>
          <Text className="gh-wish-detail__call-hint">点击拨打</Text>
        </View>
      ) : (
        <Text className="gh-muted">未留电话，可通过网格员联系。</Text>
      )}
      <Text className="gh-wish-detail__private-note">仅认领的志愿者、提交人和社区工作人员可见，请勿外传</Text>
    </View>
  );
}

function Progress({ wish }: { wish: WishDetail }) {
  if (!wish.claimVolunteerName && !wish.fulfilment && !wish.thanks) return null;
  return (
    <View className="gh-card">
      {wish.claimVolunteerName ? (
        <View className="gh-wish-detail__block">
          <Text className="gh-wish-detail__heading">认领志愿者</Text>
          <Text className="gh-wish-detail__row">🙋 {wish.claimVolunteerName}</Text>
          {wish.status === 'claimed' && wish.claimExpiresAt ? (
            <Text className="gh-muted">请在 {dateTimeLabel(wish.claimExpiresAt)} 前完成</Text>
          ) : null}
        </View>
      ) : null}
      {wish.fulfilment ? (
        <View className="gh-wish-detail__block">
          <Text className="gh-wish-detail__heading">完成情况</Text>
          <Text className="gh-wish-detail__story">{wish.fulfilment.note}</Text>
          <PhotoGrid fileIds={wish.fulfilment.photos} />
          <Text className="gh-muted">{dateTimeLabel(wish.fulfilment.at)}</Text>
        </View>
      ) : null}
      {wish.thanks ? (
        <View className="gh-wish-detail__block">
          <Text className="gh-wish-detail__heading">感谢的话</Text>
          <Text className="gh-wish-detail__thanks">“{wish.thanks}”</Text>
        </View>
      ) : null}
    </View>
  );
}

/** Everything about one wish the caller may see; actions and the timeline are drawn by the page. */
export function WishDetailView({ wish }: { wish: WishDetail }) {
  return (
    <View>
      <StatusBanner wish={wish} />
      <Summary wish={wish} />
      <Contact wish={wish} />
      <Progress wish={wish} />
    </View>
  );
}
