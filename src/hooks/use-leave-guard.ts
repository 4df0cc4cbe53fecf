import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { leaveGuardStore } from '../state/leave-guard';

export const UNSAVED_MESSAGE = '您填写的内容还没有提交，已存为草稿，下次打开会自动恢复。';

/**
 * While `active` (a form with unsent text), leaving asks first: our 返回 (BackBar) through the store, the
 * weapp navigation bar's back and Android's back key through enableAlertBeforeUnload, and on h5 closing
 * or reloading the tab through beforeunload. WeChat does not stop a swipe back; the draft keeps the text.
 */
export function useLeaveGuard(active: boolean, message: string = UNSAVED_MESSAGE): void {
  const page = useRouter().path;
  useEffect(() => {
    if (!active) return undefined;
    const guard = { page, message };
    leaveGuardStore.set(guard);
    let release = () => undefined as void;
    if (process.env.TARO_ENV === 'weapp') {
      Taro.enableAlertBeforeUnload({ message });
      release = () => Taro.disableAlertBeforeUnload();
    } else if (typeof window !== 'undefined') {
      const onBeforeUnload = (event: BeforeUnloadEvent) => {
        event.preventDefault();
        event.returnValue = message;
      };
      window.addEventListener('beforeunload', onBeforeUnload);
      release = () => window.removeEventListener('beforeunload', onBeforeUnload);
    }
    return () => {
      if (leaveGuardStore.get() === guard) leaveGuardStore.set(null);
      release();
    };
  }, [active, message, page]);
}
