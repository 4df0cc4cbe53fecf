import { Text, View } from '@tarojs/components';
import type { MyRegistration } from '@contract/meeting';
import { cx } from '../../ui/class-names';
import { CheckInQr } from './check-in-qr';
import './meeting.scss';

/** The caller's place at the meeting: registered with the check-in code shown large, or where they wait. */
export function RegistrationCard({ registration }: { registration: MyRegistration }) {
  const waiting = registration.status === 'waitlisted';
  return (
    <View className={cx('gh-card', 'gh-meeting-pass', waiting && 'gh-meeting-pass--waiting')}>
      <Text className="gh-meeting-pass__status">
        {registration.checkedIn
          ? '您已签到'
          : waiting
            ? `您在候补名单上${registration.waitlistPosition ? `（第${registration.waitlistPosition}位）` : ''}`
            : '您已报名'}
      </Text>
      <Text className="gh-meeting-pass__label">签到码</Text>
      {/* Spaced out and large: read aloud or shown to the staff at the door. */}
      <Text className="gh-meeting-pass__code" aria-label={`签到码 ${registration.code.split('').join(' ')}`}>{registration.code}</Text>
      {!waiting && !registration.checkedIn && <CheckInQr code={registration.code} />}
      <Text className="gh-meeting-pass__hint">
        {waiting ? '有人取消报名时按顺序递补，递补成功会通知您；递补前凭此码不能入场。' : '开会当天把签到码或二维码给工作人员看，就能签到。'}
      </Text>
    </View>
  );
}
