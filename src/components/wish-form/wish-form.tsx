import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { CreateWishInput } from '@contract/wish';
import { BENEFICIARY_TYPES, WISH_CATEGORIES } from '@contract/wish';
import { Button } from '../../ui/nut';
import { ChoiceField } from '../fields/choice-field';
import { MultilineField } from '../fields/multiline-field';
import { TextField } from '../fields/text-field';
import type { Option } from '../option-sheet/option-sheet';
import { OptionSheet } from '../option-sheet/option-sheet';
import { PhotoPicker } from '../photos/photo-picker';
import { usePhotoUploads } from '../photos/use-photo-uploads';
import { Segmented } from '../segmented/segmented';
import type { WishDraft, WishErrors, WishField } from './draft';
import { WANTED_CHOICES, emptyDraft, validateWish, wantedLabel } from './draft';
import './wish-form.scss';
import { askForStatusUpdates } from '../../services/subscriptions';

interface Props {
  /** Buildings of the grid worker's grid; null for everyone who files only for themselves. */
  buildings: readonly Option[] | null;
  startForResident: boolean;
  clientRequestId: string;
  saving: boolean;
  /** Field messages from the server's last refusal. */
  serverErrors: WishErrors;
  onSubmit: (input: CreateWishInput) => void;
}

type Sheet = 'category' | 'beneficiaryType' | 'wantedBy' | 'buildingId';

const toOptions = (values: readonly string[]): Option[] => values.map((value) => ({ id: value, name: value }));

export function WishForm({ buildings, startForResident, clientRequestId, saving, serverErrors, onSubmit }: Props) {
  const [draft, setDraft] = useState<WishDraft>(() => emptyDraft(Boolean(buildings) && startForResident));
  const [localErrors, setLocalErrors] = useState<WishErrors>({});
  const [cleared, setCleared] = useState<Set<WishField>>(new Set());
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const photos = usePhotoUploads('wishes');

  // A field's message disappears once the user changes that field.
  const errorOf = (field: WishField) => localErrors[field] ?? (cleared.has(field) ? undefined : serverErrors[field]);

  function change<K extends keyof WishDraft>(key: K, value: WishDraft[K], field: WishField) {
    setDraft((current) => ({ ...current, [key]: value }));
    setLocalErrors((current) => ({ ...current, [field]: undefined }));
    setCleared((current) => new Set(current).add(field));
  }

  function submit() {
    if (saving || photos.uploading) return;
    const result = validateWish(draft, photos.fileIds, clientRequestId);
    if (!result.ok) {
      setLocalErrors(result.errors);
      return;
    }
    setLocalErrors({});
    setCleared(new Set());
    askForStatusUpdates();
    onSubmit(result.input);
  }

  const wantedChoice = WANTED_CHOICES.find((choice) => choice.days === draft.wantedWithinDays) ?? WANTED_CHOICES[0];
  const sheets: Record<Sheet, { title: string; options: readonly Option[]; selectedId: string | null }> = {
    category: { title: '选择心愿类别', options: toOptions(WISH_CATEGORIES), selectedId: draft.category },
    beneficiaryType: { title: '受助对象是', options: toOptions(BENEFICIARY_TYPES), selectedId: draft.beneficiaryType },
    wantedBy: {
      title: '希望什么时候完成',
      options: WANTED_CHOICES.map((choice) => ({ id: choice.id, name: wantedLabel(choice) })),
      selectedId: wantedChoice.id,
    },
    buildingId: { title: '选择楼栋', options: buildings ?? [], selectedId: draft.buildingId },
  };

  function choose(which: Sheet, option: Option) {
    setSheet(null);
    if (which === 'category') change('category', WISH_CATEGORIES.find((value) => value === option.id) ?? null, 'category');
    if (which === 'beneficiaryType')
      change('beneficiaryType', BENEFICIARY_TYPES.find((value) => value === option.id) ?? null, 'beneficiaryType');
    if (which === 'wantedBy')
      change('wantedWithinDays', WANTED_CHOICES.find((choice) => choice.id === option.id)?.days ?? null, 'wantedBy');
    if (which === 'buildingId') change('buildingId', option.id, 'buildingId');
  }

  const busy = saving || photos.uploading;
  return (
    <View className="gh-wish-form">
      {buildings ? (
        <Segmented
          segments={[
            { key: 'self', title: '为自己许愿' },
            { key: 'resident', title: '代居民许愿' },
          ]}
          active={draft.forResident ? 'resident' : 'self'}
          onChange={(key) => setDraft((current) => ({ ...current, forResident: key === 'resident' }))}
        />
      ) : null}
      {buildings && draft.forResident ? (
        <View className="gh-card">
          <Text className="gh-wish-form__section">代居民提交</Text>
          <Text className="gh-muted">入户走访时，替不方便用手机的居民提交。以下信息只有社区工作人员和认领的志愿者能看到。</Text>
          <TextField name="residentName" label="居民姓名" value={draft.residentName} placeholder="受助居民的姓名"
            maxLength={20} error={errorOf('residentName')} onChange={(value) => change('residentName', value, 'residentName')} />
          <TextField name="residentPhone" label="联系电话（选填）" type="number" value={draft.residentPhone}
            placeholder="11位手机号" maxLength={11} error={errorOf('residentPhone')}
            onChange={(value) => change('residentPhone', value, 'residentPhone')} />
          <ChoiceField label="所在楼栋" value={buildings.find((b) => b.id === draft.buildingId)?.name ?? null}
            placeholder="请选择本网格的楼栋" error={errorOf('buildingId')} onOpen={() => setSheet('buildingId')} />
          <TextField name="room" label="门牌号（选填）" value={draft.room} placeholder="如：2单元301" maxLength={20}
            error={errorOf('room')} onChange={(value) => change('room', value, 'room')} />
        </View>
      ) : null}
      <View className="gh-card">
        <TextField name="title" label="心愿标题" value={draft.title} countLimit={30}
          placeholder="一句话说清楚，如：想请人陪我去医院复查" error={errorOf('title')}
          onChange={(value) => change('title', value, 'title')} />
        <MultilineField name="story" label="心愿故事" value={draft.story} maxLength={500} enforceLimit={false}
          placeholder="说说谁需要帮助、为什么、希望怎么帮。比如：我一个人住，腿脚不方便，下周要去医院复查，想请人陪同挂号取药。"
          error={errorOf('story')} onChange={(value) => change('story', value, 'story')} />
      </View>
      <View className="gh-card">
        <ChoiceField label="心愿类别" value={draft.category} placeholder="请选择" error={errorOf('category')}
          onOpen={() => setSheet('category')} />
        <ChoiceField label="受助对象" value={draft.beneficiaryType} placeholder="请选择" error={errorOf('beneficiaryType')}
          onOpen={() => setSheet('beneficiaryType')} />
        <ChoiceField label="希望完成时间（选填）" value={wantedLabel(wantedChoice)} placeholder="不限时间"
          error={errorOf('wantedBy')} onOpen={() => setSheet('wantedBy')} />
        <PhotoPicker label="照片（选填）" photos={photos} error={errorOf('photos')} />
      </View>
      <Button type="primary" size="large" block loading={saving} disabled={busy} onClick={submit}>
        {saving ? '正在提交…' : photos.uploading ? '照片上传中…' : '提交心愿'}
      </Button>
      <Text className="gh-wish-form__after">提交后由社区工作人员审核，通过后在心愿墙发布，我们会在“消息”里通知您。</Text>
      {sheet ? (
        <OptionSheet
          title={sheets[sheet].title}
          options={sheets[sheet].options}
          selectedId={sheets[sheet].selectedId}
          onSelect={(option) => choose(sheet, option)}
          onClose={() => setSheet(null)}
        />
      ) : null}
    </View>
  );
}
