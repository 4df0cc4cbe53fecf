import { useState } from 'react';
import { View } from '@tarojs/components';
import type { OrgTree } from '@contract/org';
import type { UpdateProfileInput } from '@contract/user';
import { Button } from '../../ui/nut';
import { ChoiceField } from '../fields/choice-field';
import { TextField } from '../fields/text-field';
import type { Option } from '../option-sheet/option-sheet';
import { OptionSheet } from '../option-sheet/option-sheet';
import type { DraftErrors, DraftField, ProfileDraft } from './draft';
import { allCommunities, buildingsOf, gridsOf, validateDraft } from './draft';

interface Props {
  initial: ProfileDraft;
  org: OrgTree;
  saving: boolean;
  onSubmit: (input: UpdateProfileInput) => void;
}

type PlacementField = 'communityId' | 'gridId' | 'buildingId';

function nameOf(options: readonly Option[], id: string | null): string | null {
  return options.find((option) => option.id === id)?.name ?? null;
}

export function ProfileForm({ initial, org, saving, onSubmit }: Props) {
  const [draft, setDraft] = useState<ProfileDraft>(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [choosing, setChoosing] = useState<PlacementField | null>(null);

  const communities = allCommunities(org);
  const grids = gridsOf(org, draft.communityId);
  const buildings = buildingsOf(org, draft.gridId);
  const optionsFor: Record<PlacementField, readonly Option[]> = {
    communityId: communities,
    gridId: grids,
    buildingId: buildings,
  };

  function change(field: DraftField, value: string) {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function choose(field: PlacementField, option: Option) {
    setDraft((current) => {
      // Changing a level clears the levels below it.
      if (field === 'communityId' && current.communityId !== option.id)
        return { ...current, communityId: option.id, gridId: null, buildingId: null };
      if (field === 'gridId' && current.gridId !== option.id) return { ...current, gridId: option.id, buildingId: null };
      return { ...current, [field]: option.id };
    });
    setErrors((current) => ({ ...current, [field]: undefined }));
    setChoosing(null);
  }

  function submit() {
    const result = validateDraft(draft);
    if (result.ok) {
      setErrors({});
      onSubmit(result.input);
    } else {
      setErrors(result.errors);
    }
  }

  const sheetTitles: Record<PlacementField, string> = {
    communityId: '选择社区',
    gridId: '选择网格',
    buildingId: '选择楼栋',
  };

  return (
    <View className="gh-profile-form">
      <View className="gh-card">
        <TextField name="name" label="姓名" value={draft.name} placeholder="请输入您的姓名" maxLength={20}
          error={errors.name} onChange={(value) => change('name', value)} />
        <TextField name="phone" label="手机号（选填，仅工作人员可见）" type="number" value={draft.phone}
          placeholder="11位手机号" maxLength={11} error={errors.phone} onChange={(value) => change('phone', value)} />
      </View>
      <View className="gh-card">
        <ChoiceField label="所在社区" value={nameOf(communities, draft.communityId)} placeholder="请选择社区"
          error={errors.communityId} onOpen={() => setChoosing('communityId')} />
        <ChoiceField label="所在网格" value={nameOf(grids, draft.gridId)}
          placeholder={draft.communityId ? '请选择网格' : '请先选择社区'} disabled={!draft.communityId}
          error={errors.gridId} onOpen={() => setChoosing('gridId')} />
        <ChoiceField label="所在楼栋" value={nameOf(buildings, draft.buildingId)}
          placeholder={draft.gridId ? '请选择楼栋' : '请先选择网格'} disabled={!draft.gridId}
          error={errors.buildingId} onOpen={() => setChoosing('buildingId')} />
        <TextField name="room" label="门牌号" value={draft.room} placeholder="如：2单元302" maxLength={20}
          error={errors.room} onChange={(value) => change('room', value)} />
      </View>
      <Button type="primary" size="large" block loading={saving} disabled={saving} onClick={submit}>
        {saving ? '正在保存…' : '保存'}
      </Button>
      {choosing ? (
        <OptionSheet
          title={sheetTitles[choosing]}
          options={optionsFor[choosing]}
          selectedId={draft[choosing]}
          onSelect={(option) => choose(choosing, option)}
          onClose={() => setChoosing(null)}
        />
      ) : null}
    </View>
  );
}
