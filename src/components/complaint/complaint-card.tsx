import { Image, Text, View } from '@tarojs/components';
import type { ComplaintCard as ComplaintCardData } from '@contract/complaint';
import { URGENCY_LABELS } from '@contract/complaint-labels';
import { cx } from '../../ui/class-names';
import { dateLabel } from '../../ui/dates';
import { Button } from '../../ui/nut';
import { CATEGORY_ICONS } from './complaint-text';
import { DueChip } from './due-chip';
import { StatusChip } from './status-chip';
import '../wish/wish.scss';
import './complaint.scss';

export interface SupportState {
  supported: boolean;
  count: number;
  busy: boolean;
}

interface Props {
  card: ComplaintCardData;
  coverUrl?: string;
  /** The reporter's own list: the countdown to what the case waits for. */
  showDue?: boolean;
  /** The wall: a 同问 button with its count. */
  support?: SupportState;
  onSupport?: () => void;
  onOpen: () => void;
}

/** One case in a list: only what a card carries (masked reporter, no phone, no room). */
export function ComplaintCard({ card, coverUrl, showDue, support, onSupport, onOpen }: Props) {
  const place = card.buildingName ?? card.address ?? card.gridName;
  return (
    <View className="gh-card gh-complaint-card" role="button" aria-label={card.excerpt} onClick={onOpen}>
      <View className="gh-complaint-card__top">
        <View className="gh-complaint-card__tags">
          <Text className="gh-tag">{CATEGORY_ICONS[card.category]} {card.category}</Text>
          {card.urgency !== 'normal' ? <Text className="gh-tag gh-tag--urgent">{URGENCY_LABELS[card.urgency]}</Text> : null}
        </View>
        <StatusChip status={card.status} />
      </View>
      <View className="gh-complaint-card__main">
        {coverUrl ? <Image className="gh-complaint-card__photo" src={coverUrl} mode="aspectFill" /> : null}
        <Text className="gh-complaint-card__text">{card.excerpt}</Text>
      </View>
      <View className="gh-complaint-card__meta">
        <View className="gh-complaint-card__who">
          {/* Each part kept whole: at 320 px in 长辈模式 the line breaks between parts, never inside one. */}
          {[card.reporterMasked, place, dateLabel(card.createdAt)].filter(Boolean).map((part, index) => (
            <Text key={index} className="gh-complaint-card__part">{index ? ` · ${part}` : part}</Text>
          ))}
        </View>
        {showDue ? <DueChip dueAt={card.dueAt} waitingFor={card.waitingFor} overdue={card.overdue} /> : null}
      </View>
      {support && onSupport ? (
        <View className="gh-complaint-card__actions">
          <Button size="small" type="primary" fill={support.supported ? 'outline' : 'solid'}
            className={cx('gh-complaint-card__support', support.supported && 'gh-complaint-card__support--done')}
            loading={support.busy} disabled={support.busy || support.supported}
            onClick={(event) => {
              event.stopPropagation();
              onSupport();
            }}>
            {support.supported ? `已同问 ${support.count}` : `同问 ${support.count}`}
          </Button>
        </View>
      ) : null}
    </View>
  );
}
