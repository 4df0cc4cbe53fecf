import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { ReplyError } from '@contract/reply';
import type { Loadable } from '../../hooks/use-reply';
import { goBack } from '../../navigation/routes';
import { Button } from '../../ui/nut';
import './page-state.scss';

/** A ring large enough to be seen (larger again in 长辈模式: it sizes from --gh-icon), and what is happening. */
export function LoadingState({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="gh-state" aria-busy="true" role="status">
      <View className="gh-spinner" aria-hidden="true" />
      <Text className="gh-state__text">{text}</Text>
    </View>
  );
}

interface EmptyProps {
  icon?: string;
  title: string;
  description?: string;
  children?: ReactNode;
}

export function EmptyState({ icon = '🌱', title, description, children }: EmptyProps) {
  return (
    <View className="gh-state">
      <Text className="gh-state__icon">{icon}</Text>
      <Text className="gh-state__title">{title}</Text>
      {description ? <Text className="gh-state__text">{description}</Text> : null}
      {children}
    </View>
  );
}

/** An answer that no retry can change: the only way on is back. */
function DeadEnd({ icon, title, description }: { icon: string; title: string; description: string }) {
  return (
    <EmptyState icon={icon} title={title} description={description}>
      <Button type="primary" className="gh-state__action" onClick={goBack}>
        返回
      </Button>
    </EmptyState>
  );
}

type ErrorProps = { onRetry: () => void } & ({ error: ReplyError } | { message: string });

/**
 * The one error state of every page. NOT_FOUND answers 已不存在 and FORBIDDEN 无权查看, each with 返回
 * (a retry can never work); anything else (TIMEOUT, NETWORK, BUSY, INTERNAL…) says what happened with 重试.
 */
export function ErrorState(props: ErrorProps) {
  const error: ReplyError = 'error' in props ? props.error : { code: 'INTERNAL', message: props.message };
  if (error.code === 'NOT_FOUND') {
    return <DeadEnd icon="🍂" title="已不存在" description="这条内容已被删除或撤回，看看别的吧。" />;
  }
  if (error.code === 'FORBIDDEN') {
    return <DeadEnd icon="🔒" title="无权查看" description={error.message} />;
  }
  const offline = error.code === 'TIMEOUT' || error.code === 'NETWORK';
  return (
    <EmptyState icon="😟" title={offline ? '网络不太好' : '加载失败'} description={error.message}>
      <Button type="primary" className="gh-state__action" onClick={props.onRetry}>
        重试
      </Button>
    </EmptyState>
  );
}

interface LoadableProps<T> {
  state: Loadable<T>;
  onRetry: () => void;
  loadingText?: string;
  children: (data: T) => ReactNode;
}

/** loading → LoadingState, error → ErrorState, ready → the page: what every page that loads one thing renders. */
export function LoadableView<T>({ state, onRetry, loadingText, children }: LoadableProps<T>) {
  if (state.status === 'loading') return <LoadingState text={loadingText} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={onRetry} />;
  return <>{children(state.data)}</>;
}
