import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import type { OrgTree } from '@contract/org';
import type { UpdateProfileInput } from '@contract/user';
import { useDraft } from '../../hooks/use-draft';
import { useFieldFocus } from '../../hooks/use-field-focus';
import { useLeaveGuard } from '../../hooks/use-leave-guard';
import { Button } from '../../ui/nut';
import { ChoiceField } from '../fields/choice-field';
import { DraftNotice } from '../fields/draft-notice';
import { TextField } from '../fields/text-field';
import type { Option } from '../option-sheet/option-sheet';
import { OptionSheet } from '../option-sheet/option-sheet';
import type { DraftErrors, DraftField, ProfileDraft } from './draft';
import { PROFILE_FIELD_ORDER, allCommunities, buildingsOf, gridsOf, validateDraft } from './draft';

interface Props {
  initial: ProfileDraft;
  org: OrgTree;
  saving: boolean;
  /** Field messages from the server's last refusal (profileErrorsFromReply). */
  serverErrors?: DraftErrors;
  /** Resolves true once the cloud accepted it: the draft is then removed. */
  onSubmit: (input: UpdateProfileInput) => Promise<boolean>;
}

type PlacementField = 'communityId' | 'gridId' | 'buildingId';

function nameOf(options: readonly Option[], id: string | null): string | null {
  return options.find((option) => option.id === id)?.name ?? null;
}

const NO_ERRORS: DraftErrors = {};

export function ProfileForm({ initial, org, saving, serverErrors = NO_ERRORS, onSubmit }: Props) {
  const draft = useDraft<ProfileDraft>('profile', initial);
  const value = draft.value;
  const [errors, setErrors] = useState<DraftErrors>({});
  const [choosing, setChoosing] = useState<PlacementField | null>(null);
  const focus = useFieldFocus();
  useLeaveGuard(draft.dirty);

  // The server's refusal replaces what is shown, and brings the user to its first field.
  useEffect(() => {
    setErrors(serverErrors);
    focus.reveal(serverErrors, PROFILE_FIELD_ORDER);
  }, [serverErrors]); // eslint-disable-line react-hooks/exhaustive-deps

  const communities = allCommunities(org);
  const grids = gridsOf(org, value.communityId);
  const buildings = buildingsOf(org, value.gridId);
  const optionsFor: Record<PlacementField, readonly Option[]> = {
    communityId: communities,
    gridId: grids,
    buildingId: buildings,
  };

  function change(field: DraftField, next: string) {
    draft.set((current) => ({ ...current, [field]: next }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function choose(field: PlacementField, option: Option) {
    draft.set((current) => {
      // Changing a level clears the levels below it.
      if (field === 'communityId' && current.communityId !== option.id)
        return { ...current, communityId: option.id, gridId: null, buildingId: null };
      if (field === 'gridId' && current.gridId !== option.id) return { ...current, gridId: option.id, buildingId: null };
      return { ...current, [field]: option.id };
    });
    setErrors((current) => ({ ...current, [field]: undefined }));
    setChoosing(null);
  }

  async function submit() {
    const result = validateDraft(value);
    if (!result.ok) {
      setErrors(result.errors);
      focus.reveal(result.errors, PROFILE_FIELD_ORDER);
      return;
    }
    setErrors({});
    if (await onSubmit(result.input)) draft.clear();
  }

  const sheetTitles: Record<PlacementField, string> = {
    communityId: '选择社区',
    gridId: '选择网格',
    buildingId: '选择楼栋',
  };

  const text = (field: 'name' | 'phone' | 'room') => ({
    name: field,
    value: value[field],
    error: errors[field],
    focus: focus.focused === field,
    onBlur: focus.release,
    onChange: (next: string) => change(field, next),
  });

  return (
    <View className="gh-profile-form">
      {draft.restored ? <DraftNotice onDiscard={draft.discard} /> : null}
      <View className="gh-card">
        <TextField {...text('name')} label="姓名" placeholder="请输入您的姓名" maxLength={20} />
        <TextField {...text('phone')} label="手机号（选填，仅工作人员可见）" type="number" placeholder="11位手机号" maxLength={11} />
      </View>
      <View className="gh-card">
        <ChoiceField name="communityId" label="所在社区" value={nameOf(communities, value.communityId)} placeholder="请选择社区"
          error={errors.communityId} onOpen={() => setChoosing('communityId')} />
        <ChoiceField name="gridId" label="所在网格" value={nameOf(grids, value.gridId)}
          placeholder={value.communityId ? '请选择网格' : '请先选择社区'} disabled={!value.communityId}
          error={errors.gridId} onOpen={() => setChoosing('gridId')} />
        <ChoiceField name="buildingId" label="所在楼栋" value={nameOf(buildings, value.buildingId)}
          placeholder={value.gridId ? '请选择楼栋' : '请先选择网格'} disabled={!value.gridId}
          error={errors.buildingId} onOpen={() => setChoosing('buildingId')} />
        <TextField {...text('room')} label="门牌号" placeholder="单元和门牌" hint="例如：2单元302" maxLength={20} />
      </View>
      <Button type="primary" size="large" block loading={saving} disabled={saving} onClick={() => void submit()}>
        {saving ? '正在保存…' : '保存'}
      </Button>
      {choosing ? (
        <OptionSheet
          title={sheetTitles[choosing]}
          options={optionsFor[choosing]}
          selectedId={value[choosing]}
          onSelect={(option) => choose(choosing, option)}
          onClose={() => setChoosing(null)}
        />
      ) : null}
    </View>
  );
}
