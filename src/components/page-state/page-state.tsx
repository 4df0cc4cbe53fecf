import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Loading } from '../../ui/nut';
import './page-state.scss';

export function LoadingState({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="gh-state" aria-busy="true">
      <Loading type="circular" />
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

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <EmptyState icon="😟" title="加载失败" description={message}>
      <Button type="primary" className="gh-state__action" onClick={onRetry}>
        重新加载
      </Button>
    </EmptyState>
  );
}
