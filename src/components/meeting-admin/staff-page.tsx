import type { ReactNode } from 'react';
import { isStaff } from '@contract/roles';
import { EmptyState } from '../page-state/page-state';
import { PageShell } from '../page-shell/page-shell';
import { SessionGate } from '../session-gate';

interface StaffPageProps {
  /** Why a resident who opened the page cannot use it. */
  forbidden: string;
  children: ReactNode;
}

/** A 议事管理 page: signed in, staff only (others get 暂无权限), with the way back. */
export function MeetingStaffPage({ forbidden, children }: StaffPageProps) {
  return (
    <PageShell back>
      <SessionGate>
        {(profile) => (isStaff(profile.roles) ? children : <EmptyState icon="🔒" title="暂无权限" description={forbidden} />)}
      </SessionGate>
    </PageShell>
  );
}

/** What a 议事管理 page shows when it was opened without a topic. */
export function NoTopic({ title, hint }: { title: string; hint: string }) {
  return <EmptyState icon="🍂" title={title} description={hint} />;
}
