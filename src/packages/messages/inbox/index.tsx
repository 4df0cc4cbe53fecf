import { InboxList } from '../../../components/inbox/inbox-list';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';

export default function InboxPage() {
  return (
    <PageShell back>
      <SessionGate>{() => <InboxList />}</SessionGate>
    </PageShell>
  );
}
