import { Fragment } from 'react';
import { Text, View } from '@tarojs/components';
import { maskPhone } from '@contract/privacy';
import { ROLE_LABELS } from '@contract/roles';
import type { MyProfile } from '@contract/user';
import { profilePlaceParts } from './placement-text';
import './profile-card.scss';

interface Props {
  profile: MyProfile;
  /** The points figure opens the points history. */
  onOpenPoints?: () => void;
}

export function ProfileCard({ profile, onOpenPoints }: Props) {
  const name = profile.name.trim();
  const place = profilePlaceParts(profile);
  return (
    <View className="gh-profile gh-card">
      <View className="gh-profile__head">
        <View className="gh-profile__avatar">
          <Text>{name ? Array.from(name)[0] : '邻'}</Text>
        </View>
        <View className="gh-profile__who">
          <Text className="gh-profile__name">{name || '未填写姓名'}</Text>
          <Text className="gh-profile__phone">{maskPhone(profile.phone) ?? '未填写手机号'}</Text>
        </View>
        <View className="gh-profile__points" role={onOpenPoints ? 'button' : undefined}
          aria-label={onOpenPoints ? `积分${profile.points}，查看积分明细` : undefined} onClick={onOpenPoints}>
          <Text className="gh-profile__points-value">{profile.points}</Text>
          <Text className="gh-profile__points-label">积分</Text>
        </View>
      </View>
      {/* 鑫盛社区 · 第一网格 · 1号楼 · 2单元301: a line breaks between the parts, never inside one. */}
      <View className="gh-profile__place">
        {place.length === 0 ? <Text>尚未选择所在社区</Text> : null}
        {place.map((part, index) => (
          <Fragment key={`${index}-${part}`}>
            {index > 0 ? ' · ' : null}
            <Text className="gh-profile__place-part">{part}</Text>
          </Fragment>
        ))}
      </View>
      <View className="gh-profile__roles">
        {profile.roles.map((role) => (
          <Text key={role} className="gh-profile__role">
            {ROLE_LABELS[role]}
          </Text>
        ))}
      </View>
    </View>
  );
}
