import { PageShell } from '../../../components/page-shell/page-shell';
import { PointsHistory } from '../../../components/points/points-history';
import { SessionGate } from '../../../components/session-gate';

export default function PointsPage() {
  return (
    <PageShell back>
      <SessionGate>{(profile) => <PointsHistory profile={profile} />}</SessionGate>
    </PageShell>
  );
}
