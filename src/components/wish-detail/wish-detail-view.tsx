import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { WishDetail } from '@contract/wish';
import { WISH_STATUS_LABELS } from '@contract/wish-labels';
import { cx } from '../../ui/class-names';
import { dateLabel, dateTimeLabel } from '../../ui/dates';
import { PhotoGrid } from '../photos/photo-grid';
import { STATUS_HINTS, STATUS_TONES, daysLeftText } from '../wish/wish-text';
import '../wish/wish.scss';
import './wish-detail.scss';
import { WishTags } from '../wish/wish-tags';
import type { WishContact as Contact } from '@contract/wish';
import { contactOf, filedForNeighbour } from '../wish/contact';

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

/** Whom the wish is for, as the reader should read it: 本人, the neighbour one filed for, or the masked name. */
function beneficiaryParts(wish: WishDetail, contact: Contact | null): string[] {
  if (contact?.self) return [contact.name, '（本人）'];
  if (contact && filedForNeighbour(wish, contact)) return [contact.name, '（您代为提交）'];
  return [wish.beneficiaryMasked];
}

function Summary({ wish, contact }: { wish: WishDetail; contact: Contact | null }) {
  const open = wish.status === 'published' || wish.status === 'claimed';
  const due = open ? daysLeftText(wish.daysLeft) : null;
  return (
    <View className="gh-card">
      <Text className="gh-wish-detail__title">{wish.title}</Text>
      <WishTags wish={wish} showFiling />
      <View className="gh-wish-detail__facts">
        <View className="gh-wish-detail__fact gh-wish-detail__row--parts">
          <Text className="gh-wish-detail__keep">受助人：{beneficiaryParts(wish, contact)[0]}</Text>
          {beneficiaryParts(wish, contact).slice(1).map((part) => (
            <Text key={part} className="gh-wish-detail__keep">{part}</Text>
          ))}
          {wish.gridName ? <Text className="gh-wish-detail__keep">{`\u00a0· ${wish.gridName}`}</Text> : null}
        </View>
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

/** 住址：鑫盛小区3号楼 1单元102, each part kept whole: a line breaks between parts, never inside one. */
function AddressRow({ parts }: { parts: string[] }) {
  if (parts.length === 0) return null;
  return (
    <View className="gh-wish-detail__row gh-wish-detail__row--parts">
      <Text className="gh-wish-detail__keep">住址：</Text>
      {parts.map((part) => (
        <Text key={part} className="gh-wish-detail__keep">{part}</Text>
      ))}
    </View>
  );
}

function ContactCard({ person }: { person: Contact | null }) {
  if (!person) return null;
  const parts = [person.buildingName, person.room].filter((part): part is string => Boolean(part));
  if (person.self) {
    // One's own wish: the name is already in the summary, and nobody calls their own number.
    return (
      <View className="gh-card gh-wish-detail__private">
        <Text className="gh-wish-detail__heading">我留的联系方式</Text>
        <AddressRow parts={parts} />
        {person.phone ? (
          <View className="gh-wish-detail__row gh-wish-detail__row--parts">
            <Text className="gh-wish-detail__keep">电话：</Text>
            <Text className="gh-wish-detail__keep">{person.phone}</Text>
          </View>
        ) : null}
        <Text className="gh-wish-detail__private-note">认领的志愿者会通过这里联系您；仅志愿者和社区工作人员可见</Text>
      </View>
    );
  }
  return (
    <View className="gh-card gh-wish-detail__private">
      <Text className="gh-wish-detail__heading">受助人联系方式</Text>
      <Text className="gh-wish-detail__row">姓名：{person.name}</Text>
      <AddressRow parts={parts} />
      {person.phone && person.callable ? (
        <View className="gh-wish-detail__call" role="button" aria-label={`拨打电话 ${person.phone}`} onClick={() => callPhone(person.phone ?? '')}>
          <Text className="gh-wish-detail__keep">📞 {person.phone}</Text>
          <Text className="gh-wish-detail__keep gh-wish-detail__call-hint">点击拨打</Text>
        </View>
      ) : person.phone ? (
        <View className="gh-wish-detail__row gh-wish-detail__row--parts">
          <Text className="gh-wish-detail__keep">电话：</Text>
          <Text className="gh-wish-detail__keep">{person.phone}</Text>
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
export function WishDetailView({ wish, viewerOpenid = null }: { wish: WishDetail; viewerOpenid?: string | null }) {
  const contact = contactOf(wish, viewerOpenid);
  return (
    <View>
      <StatusBanner wish={wish} />
      <Summary wish={wish} contact={contact} />
      <ContactCard person={contact} />
      <Progress wish={wish} />
    </View>
  );
}
