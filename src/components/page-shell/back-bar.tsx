import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useStore } from '../../hooks/use-store';
import { goBack } from '../../navigation/routes';
import { leaveGuardStore } from '../../state/leave-guard';
import { ConfirmSheet } from '../confirm-sheet/confirm-sheet';
import './back-bar.scss';

/** 返回, which asks first while the page holds unsent text (useLeaveGuard). */
export function BackBar() {
  const page = useRouter().path;
  const stored = useStore(leaveGuardStore);
  const guard = stored && stored.page === page ? stored : null;
  const [asking, setAsking] = useState(false);
  return (
    <>
      <View className="gh-back" role="button" aria-label="返回" onClick={() => (guard ? setAsking(true) : goBack())}>
        <Text className="gh-back__arrow">‹</Text>
        <Text className="gh-back__text">返回</Text>
      </View>
      {asking && guard ? (
        <ConfirmSheet
          title="还没提交，要离开吗？"
          message={guard.message}
          confirmText="离开"
          cancelText="继续填写"
          tone="primary"
          onConfirm={() => {
            setAsking(false);
            goBack();
          }}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </>
  );
}
