import type { Role } from '@contract/roles';
import { ROUTES } from '../../navigation/routes';
import { EntryLinks } from '../entry-links/entry-links';
import { DESK_TABS, QUEUE_TAB_TITLES, queueDesk } from './queue-tabs';

/** 管理's way into the complaint queue: one link per tab of the caller's desk. */
export function ComplaintQueueEntry({ roles }: { roles: readonly Role[] }) {
  const links = DESK_TABS[queueDesk(roles)].map((tab) => ({ title: QUEUE_TAB_TITLES[tab], url: `${ROUTES.complaintQueue}?tab=${tab}` }));
  return <EntryLinks title="诉求办理" links={links} />;
}
