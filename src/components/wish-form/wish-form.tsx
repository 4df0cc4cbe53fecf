import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { CreateWishInput } from '@contract/wish';
import { BENEFICIARY_TYPES, WISH_CATEGORIES } from '@contract/wish-labels';
import { useDraft } from '../../hooks/use-draft';
import { useFieldFocus } from '../../hooks/use-field-focus';
import { useLeaveGuard } from '../../hooks/use-leave-guard';
import { askForStatusUpdates } from '../../services/subscriptions';
import { Button } from '../../ui/nut';
import { ChoiceField } from '../fields/choice-field';
import { DraftNotice } from '../fields/draft-notice';
import { MultilineField } from '../fields/multiline-field';
import { TextField } from '../fields/text-field';
import type { Option } from '../option-sheet/option-sheet';
import { OptionSheet } from '../option-sheet/option-sheet';
import { PhotoPicker } from '../photos/photo-picker';
import { usePhotoUploads } from '../photos/use-photo-uploads';
import { Segmented } from '../segmented/segmented';
import type { WishDraft, WishErrors, WishField } from './draft';
import { WANTED_CHOICES, WISH_FIELD_ORDER, emptyDraft, keepWantedChoice, validateWish, wantedLabel } from './draft';
import './wish-form.scss';

interface Props {
  /** Buildings of the grid worker's grid; null for everyone who files only for themselves. */
  buildings: readonly Option[] | null;
  startForResident: boolean;
  clientRequestId: string;
  saving: boolean;
  /** Field messages from the server's last refusal (errorsFromReply). */
  serverErrors: WishErrors;
  /** Resolves true once the cloud accepted it: the draft is then removed. */
  onSubmit: (input: CreateWishInput, draft: WishDraft) => Promise<boolean>;
  /** Where the draft is kept: one per form and item ('wish.new', 'wish.resubmit.<id>'). */
  draftKey?: string;
  /** What the form starts from before any draft (a rejected wish being corrected). */
  initial?: Partial<WishDraft>;
  /** A corrected wish's own date ('YYYY-MM-DD'): offered as 不改 among the choices. */
  keptWantedDay?: string | null;
  submitText?: string;
  /** The line under the button. */
  afterText?: string;
}

type Sheet = 'category' | 'beneficiaryType' | 'wantedBy' | 'buildingId';

const toOptions = (values: readonly string[]): Option[] => values.map((value) => ({ id: value, name: value }));

/** The wish form. 清空重填 starts it again from scratch (photos included). */
export function WishForm(props: Props) {
  const [round, setRound] = useState(0);
  return <WishFormBody key={round} {...props} onRestart={() => setRound((current) => current + 1)} />;
}

function WishFormBody(props: Props & { onRestart: () => void }) {
  const { buildings, startForResident, clientRequestId, saving, serverErrors, onSubmit } = props;
  const draft = useDraft<WishDraft>(props.draftKey ?? 'wish.new', {
    ...emptyDraft(Boolean(buildings) && startForResident),
    ...props.initial,
  });
  const value = draft.value;
  const [localErrors, setLocalErrors] = useState<WishErrors>({});
  const [cleared, setCleared] = useState<Set<WishField>>(new Set());
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const photos = usePhotoUploads(6, value.photos);
  const focus = useFieldFocus();
  useLeaveGuard(draft.dirty);

  // Photos are part of the draft once uploaded.
  const photoKey = photos.fileIds.join('|');
  useEffect(() => {
    draft.set((current) => (current.photos.join('|') === photoKey ? current : { ...current, photos: photoKey ? photoKey.split('|') : [] }));
  }, [photoKey]); // eslint-disable-line react-hooks/exhaustive-deps

  // A refusal from the server brings the user to the first field it names.
  useEffect(() => {
    setCleared(new Set());
    focus.reveal(serverErrors, WISH_FIELD_ORDER);
  }, [serverErrors]); // eslint-disable-line react-hooks/exhaustive-deps

  // A field's message disappears once the user changes that field.
  const errorOf = (field: WishField) => localErrors[field] ?? (cleared.has(field) ? undefined : serverErrors[field]);

  function change<K extends keyof WishDraft>(key: K, next: WishDraft[K], field: WishField) {
    draft.set((current) => ({ ...current, [key]: next }));
    setLocalErrors((current) => ({ ...current, [field]: undefined }));
    setCleared((current) => new Set(current).add(field));
  }

  async function submit() {
    if (saving || photos.uploading) return;
    const result = validateWish(value, photos.fileIds, clientRequestId);
    if (!result.ok) {
      setLocalErrors(result.errors);
      focus.reveal(result.errors, WISH_FIELD_ORDER);
      return;
    }
    setLocalErrors({});
    setCleared(new Set());
    askForStatusUpdates();
    if (await onSubmit(result.input, value)) draft.clear();
  }

  const kept = props.keptWantedDay ? keepWantedChoice(props.keptWantedDay) : null;
  const wantedChoices = kept ? [kept, ...WANTED_CHOICES] : WANTED_CHOICES;
  const wantedChoice =
    (kept && value.keepWantedBy ? kept : WANTED_CHOICES.find((choice) => choice.days === value.wantedWithinDays)) ??
    WANTED_CHOICES[0];
  const sheets: Record<Sheet, { title: string; options: readonly Option[]; selectedId: string | null }> = {
    category: { title: '选择心愿类别', options: toOptions(WISH_CATEGORIES), selectedId: value.category },
    beneficiaryType: { title: '受助对象是', options: toOptions(BENEFICIARY_TYPES), selectedId: value.beneficiaryType },
    wantedBy: {
      title: '希望什么时候完成',
      options: wantedChoices.map((choice) => ({ id: choice.id, name: choice === kept ? choice.title : wantedLabel(choice) })),
      selectedId: wantedChoice.id,
    },
    buildingId: { title: '选择楼栋', options: buildings ?? [], selectedId: value.buildingId },
  };

  function choose(which: Sheet, option: Option) {
    setSheet(null);
    if (which === 'category') change('category', WISH_CATEGORIES.find((item) => item === option.id) ?? null, 'category');
    if (which === 'beneficiaryType')
      change('beneficiaryType', BENEFICIARY_TYPES.find((item) => item === option.id) ?? null, 'beneficiaryType');
    if (which === 'wantedBy') {
      change('keepWantedBy', option.id === 'keep', 'wantedBy');
      change('wantedWithinDays', WANTED_CHOICES.find((choice) => choice.id === option.id)?.days ?? null, 'wantedBy');
    }
    if (which === 'buildingId') change('buildingId', option.id, 'buildingId');
  }

  const text = (field: 'title' | 'residentName' | 'residentPhone' | 'room') => ({
    name: field,
    value: value[field],
    error: errorOf(field),
    focus: focus.focused === field,
    onBlur: focus.release,
    onChange: (next: string) => change(field, next, field),
  });

  const busy = saving || photos.uploading;
  return (
    <View className="gh-wish-form">
      {draft.restored ? <DraftNotice onDiscard={() => {
        draft.discard();
        props.onRestart();
      }} /> : null}
      {buildings ? (
        <View className="gh-wish-form__for">
          <Text className="gh-wish-form__section">为谁许愿</Text>
          <Segmented
            segments={[
              { key: 'self', title: '为自己许愿' },
              { key: 'resident', title: '帮居民许愿' },
            ]}
            active={value.forResident ? 'resident' : 'self'}
            onChange={(key) => draft.set((current) => ({ ...current, forResident: key === 'resident' }))}
          />
        </View>
      ) : null}
      {buildings && value.forResident ? (
        <View className="gh-card">
          <Text className="gh-wish-form__section">代居民提交</Text>
          <Text className="gh-muted">入户走访时，替不方便用手机的居民提交。以下信息只有社区工作人员和认领的志愿者能看到。</Text>
          <TextField {...text('residentName')} label="居民姓名" placeholder="受助居民的姓名" maxLength={20} />
          <TextField {...text('residentPhone')} label="联系电话（选填）" type="number" placeholder="11位手机号" maxLength={11} />
          <ChoiceField name="buildingId" label="所在楼栋" value={buildings.find((b) => b.id === value.buildingId)?.name ?? null}
            placeholder="请选择本网格的楼栋" error={errorOf('buildingId')} onOpen={() => setSheet('buildingId')} />
          <TextField {...text('room')} label="门牌号（选填）" placeholder="单元和门牌" hint="例如：2单元301" maxLength={20} />
        </View>
      ) : null}
      <View className="gh-card">
        <TextField {...text('title')} label="心愿标题" countLimit={30} placeholder="一句话说清楚"
          hint="例如：想请人陪我去医院复查" />
        <MultilineField name="story" label="心愿故事" value={value.story} maxLength={500} enforceLimit={false}
          placeholder="谁需要帮助、为什么、希望怎么帮"
          hint="例如：我一个人住，腿脚不方便，下周要去医院复查，想请人陪同挂号取药。"
          error={errorOf('story')} focus={focus.focused === 'story'} onBlur={focus.release}
          onChange={(next) => change('story', next, 'story')} />
      </View>
      <View className="gh-card">
        <ChoiceField name="category" label="心愿类别" value={value.category} placeholder="请选择" error={errorOf('category')}
          onOpen={() => setSheet('category')} />
        <ChoiceField name="beneficiaryType" label="受助对象" value={value.beneficiaryType} placeholder="请选择"
          error={errorOf('beneficiaryType')} onOpen={() => setSheet('beneficiaryType')} />
        <ChoiceField name="wantedBy" label="希望完成时间（选填）" value={wantedChoice === kept ? wantedChoice.title : wantedLabel(wantedChoice)} placeholder="不限时间"
          error={errorOf('wantedBy')} onOpen={() => setSheet('wantedBy')} />
        <PhotoPicker name="photos" label="照片（选填）" photos={photos} error={errorOf('photos')} />
      </View>
      <Button type="primary" size="large" block loading={saving} disabled={busy} onClick={() => void submit()}>
        {saving ? '正在提交…' : photos.uploading ? '照片上传中…' : (props.submitText ?? '提交心愿')}
      </Button>
      <Text className="gh-wish-form__after">
        {props.afterText ?? '提交后由社区工作人员审核，通过后在心愿墙发布，我们会在“消息”里通知您。'}
      </Text>
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
