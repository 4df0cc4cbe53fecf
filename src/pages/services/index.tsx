import { EmptyState } from '../../components/page-state/page-state';
import { PageShell } from '../../components/page-shell/page-shell';

export default function ServicesPage() {
  return (
    <PageShell tab="services">
      <EmptyState
        icon="🏠"
        title="办事服务即将上线"
        description="随手拍反映问题、提议居民议事，都将在这里办理，进度随时可查。"
      />
    </PageShell>
  );
}
