import type { TimelineEntry } from '@contract/event';
import { Timeline as SharedTimeline } from '../timeline/timeline';
import { timelineText } from '../wish/wish-text';

/** What happened to the wish, oldest first. */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  return <SharedTimeline title="心愿进展" entries={entries} textOf={timelineText} />;
}
