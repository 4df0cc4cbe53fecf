import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';
import { VolunteerPanel } from '../../../components/volunteer/volunteer-panel';

export default function VolunteerPage() {
  return (
    <PageShell back>
      <SessionGate>{(profile) => <VolunteerPanel profile={profile} />}</SessionGate>
    </PageShell>
  );
}
