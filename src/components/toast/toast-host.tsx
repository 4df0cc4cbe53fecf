import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { useStore } from '../../hooks/use-store';
import { registerToastHost, toastStore } from '../../state/toast';
import { cx } from '../../ui/class-names';
import { hideToast } from '../../ui/toast';
import './toast.scss';

/** Draws the current toast inside the page, so it takes the page's type scale (larger in 长辈模式). */
export function ToastHost() {
  const toast = useStore(toastStore);
  useEffect(() => registerToastHost(), []);
  if (!toast) return null;
  return (
    <View className="gh-toast-layer">
      <View
        key={toast.id}
        className={cx('gh-toast', `gh-toast--${toast.tone}`)}
        role={toast.tone === 'error' ? 'alert' : 'status'}
        aria-live={toast.tone === 'error' ? 'assertive' : 'polite'}
        onClick={hideToast}
      >
        {toast.tone === 'success' ? <Text className="gh-toast__icon">✓</Text> : null}
        <Text className="gh-toast__text">{toast.message}</Text>
      </View>
    </View>
  );
}
