import { Text, View } from '@tarojs/components';
import { PageShell } from '../../components/page-shell/page-shell';
import type { Shortcut } from '../../components/shortcuts/shortcuts';
import { Shortcuts } from '../../components/shortcuts/shortcuts';
import { ROUTES, openPage } from '../../navigation/routes';
import './index.scss';

const SHORTCUTS: readonly Shortcut[] = [
  { key: 'mine', icon: '📋', title: '我的诉求', hint: '进度、时限和评价', onOpen: () => openPage(ROUTES.myComplaints) },
  { key: 'wall', icon: '🧱', title: '诉求墙', hint: '社区里的问题，同问一下', onOpen: () => openPage(ROUTES.complaintWall) },
  { key: 'meeting', icon: '🪑', title: '议事', hint: '大家的事大家商量', onOpen: () => openPage(ROUTES.meetingList) },
];

/** 办事: 随手拍 first, as the one big entry; the rest a tap below. */
export default function ServicesPage() {
  return (
    <PageShell tab="services">
      <View className="gh-card gh-services__snap" role="button" aria-label="随手拍，反映问题" onClick={() => openPage(ROUTES.newComplaint)}>
        <Text className="gh-services__icon">📷</Text>
        <View className="gh-services__text">
          <Text className="gh-services__title">随手拍</Text>
          <Text className="gh-services__hint">楼道堆物、飞线充电、设施损坏，拍下来网格员限时处理</Text>
        </View>
        <Text className="gh-services__go">›</Text>
      </View>
      <Shortcuts items={SHORTCUTS} />
    </PageShell>
  );
}
