import { ROUTES } from '../../navigation/routes';
import { EntryLinks } from '../entry-links/entry-links';
import { MEETING_QUEUE_TABS, MEETING_QUEUE_TITLES } from './queue-tabs';

/** 管理's way into the 议事 queue: one link per tab. */
export function MeetingQueueEntry() {
  const links = MEETING_QUEUE_TABS.map((tab) => ({ title: MEETING_QUEUE_TITLES[tab], url: `${ROUTES.meetingQueue}?tab=${tab}` }));
  return <EntryLinks title="议事管理" links={links} />;
}
