import { EmptyState } from '../../components/page-state/page-state';
import { PageShell } from '../../components/page-shell/page-shell';

export default function WishesPage() {
  return (
    <PageShell tab="wishes">
      <EmptyState
        icon="💝"
        title="心愿墙即将上线"
        description="独居老人、困难家庭的微心愿将在这里发布，邻居和志愿者可以认领、帮忙实现。"
      />
    </PageShell>
  );
}
