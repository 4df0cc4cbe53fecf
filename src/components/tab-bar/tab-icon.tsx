import { Home, Heart, Service, User, Setting } from '@nutui/icons-react-taro';
import type { TabKey } from '../../navigation/tabs';

const ICONS = { home: Home, wishes: Heart, services: Service, mine: User, admin: Setting } as const;

export function TabIcon({ tab, size }: { tab: TabKey; size: number }) {
  const Icon = ICONS[tab];
  return <Icon size={size} />;
}
