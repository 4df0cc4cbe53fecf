import { AppTabBar } from '../components/tab-bar/app-tab-bar';

// Weapp only: Taro 4's h5 router does not render custom tab bars, so PageShell renders AppTabBar there.
export default function CustomTabBar() {
  return <AppTabBar />;
}
