import { ScrollView, Text, View } from '@tarojs/components';
import type { ComplaintCard } from '@contract/complaint';
import { Button } from '../../ui/nut';
import { dateLabel } from '../../ui/dates';
import '../option-sheet/option-sheet.scss';
import { StatusChip } from './status-chip';
import './complaint.scss';

interface Props {
  cards: readonly ComplaintCard[];
  /** The case being 同问'd, while its call runs. */
  supporting: string | null;
  submitting: boolean;
  onSupport: (card: ComplaintCard) => void;
  onSubmitAnyway: () => void;
  onClose: () => void;
}

/** Before filing: open cases of the same kind nearby, each with 同问, and 仍要提交 for a different problem. */
export function SimilarSheet({ cards, supporting, submitting, onSupport, onSubmitAnyway, onClose }: Props) {
  const busy = Boolean(supporting) || submitting;
  return (
    <View className="gh-sheet" role="dialog" aria-label="附近已有相同问题">
      <View className="gh-sheet__mask" onClick={busy ? undefined : onClose} />
      <View className="gh-sheet__panel">
        <View className="gh-sheet__head">
          <Text className="gh-sheet__title">附近已有相同问题，点同问即可</Text>
        </View>
        <Text className="gh-similar__hint">同问后，这件诉求办结时也会通知您；不用重复提交。</Text>
        <ScrollView scrollY className="gh-sheet__list">
          {cards.map((card) => (
            <View key={card.id} className="gh-similar__item" aria-label={card.excerpt}>
              <View className="gh-similar__body">
                <View className="gh-similar__top">
                  <Text className="gh-tag">{card.category}</Text>
                  <StatusChip status={card.status} />
                </View>
                <Text className="gh-similar__text">{card.excerpt}</Text>
                <Text className="gh-similar__meta">
                  {[card.buildingName ?? card.address, dateLabel(card.createdAt), `${card.supportCount}人同问`].filter(Boolean).join(' · ')}
                </Text>
              </View>
              <Button type="primary" className="gh-similar__support" loading={supporting === card.id} disabled={busy}
                onClick={() => onSupport(card)}>
                同问
              </Button>
            </View>
          ))}
        </ScrollView>
        <View className="gh-similar__footer">
          <Button fill="outline" size="large" block loading={submitting} disabled={busy} onClick={onSubmitAnyway}>
            {submitting ? '正在提交…' : '不是同一个问题，仍要提交'}
          </Button>
        </View>
      </View>
    </View>
  );
}
