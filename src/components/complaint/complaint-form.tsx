import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ComplaintCard, CreateComplaintInput } from '@contract/complaint';
import type { ReplyError } from '@contract/reply';
import type { MyProfile } from '@contract/user';
import { useDraft } from '../../hooks/use-draft';
import { useFieldFocus } from '../../hooks/use-field-focus';
import { useLeaveGuard } from '../../hooks/use-leave-guard';
import { complaintDetailUrl } from '../../navigation/routes';
import { createComplaint, similarComplaints, supportComplaint } from '../../services/complaints';
import { askForStatusUpdates } from '../../services/subscriptions';
import { Button } from '../../ui/nut';
import { showError, showInfo, showSuccess } from '../../ui/toast';
import { DraftNotice } from '../fields/draft-notice';
import { FieldFrame } from '../fields/field-frame';
import { MultilineField } from '../fields/multiline-field';
import { PhotoPicker } from '../photos/photo-picker';
import { usePhotoUploads } from '../photos/use-photo-uploads';
import { CategoryChips } from './category-chips';
import type { ComplaintDraft, ComplaintErrors, ComplaintField } from './form-draft';
import {
  COMPLAINT_FIELD_ORDER,
  PHOTOS_MAX,
  TEXT_MAX,
  complaintErrorsFromReply,
  emptyComplaintDraft,
  validateComplaint,
} from './form-draft';
import { SimilarSheet } from './similar-sheet';
import { SwitchRow } from './switch-row';
import { UrgencyPicker } from './urgency-picker';
import './complaint.scss';

export const COMPLAINT_DRAFT_KEY = 'complaint.new';

interface Props {
  profile: MyProfile;
  clientRequestId: string;
}

/** The form. 清空重填 starts it again from scratch (photos included). */
export function ComplaintForm(props: Props) {
  const [round, setRound] = useState(0);
  return <ComplaintFormBody key={round} {...props} onRestart={() => setRound((current) => current + 1)} />;
}

type Similar = { cards: ComplaintCard[]; input: CreateComplaintInput };

function ComplaintFormBody({ profile, clientRequestId, onRestart }: Props & { onRestart: () => void }) {
  const draft = useDraft<ComplaintDraft>(COMPLAINT_DRAFT_KEY, emptyComplaintDraft());
  const value = draft.value;
  const [localErrors, setLocalErrors] = useState<ComplaintErrors>({});
  const [serverErrors, setServerErrors] = useState<ComplaintErrors>({});
  const [saving, setSaving] = useState(false);
  const [similar, setSimilar] = useState<Similar | null>(null);
  const [supporting, setSupporting] = useState<string | null>(null);
  const photos = usePhotoUploads(PHOTOS_MAX, value.photos);
  const focus = useFieldFocus();
  useLeaveGuard(draft.dirty);

  // Photos are part of the draft once uploaded.
  const photoKey = photos.fileIds.join('|');
  useEffect(() => {
    draft.set((current) => (current.photos.join('|') === photoKey ? current : { ...current, photos: photoKey ? photoKey.split('|') : [] }));
  }, [photoKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const errorOf = (field: ComplaintField) => localErrors[field] ?? serverErrors[field];

  function change<K extends keyof ComplaintDraft>(key: K, next: ComplaintDraft[K], field?: ComplaintField) {
    draft.set((current) => ({ ...current, [key]: next }));
    if (!field) return;
    setLocalErrors((current) => ({ ...current, [field]: undefined }));
    setServerErrors((current) => ({ ...current, [field]: undefined }));
  }

  /** One message per outcome: at the field the refusal names, or as a toast. */
  function refused(error: ReplyError) {
    const atFields = complaintErrorsFromReply(error);
    if (Object.keys(atFields).length === 0) showError(error.message);
    setServerErrors(atFields);
    focus.reveal(atFields, COMPLAINT_FIELD_ORDER);
  }

  async function file(input: CreateComplaintInput) {
    setSaving(true);
    const reply = await createComplaint(input);
    setSaving(false);
    setSimilar(null);
    if (!reply.ok) return refused(reply.error);
    draft.clear();
    showSuccess('已提交，网格员会尽快处理');
    void Taro.redirectTo({ url: complaintDetailUrl(reply.data.id) });
  }

  async function submit() {
    if (saving || photos.uploading) return;
    const result = validateComplaint(value, photos.fileIds, profile.buildingId, clientRequestId);
    if (!result.ok) {
      setLocalErrors(result.errors);
      focus.reveal(result.errors, COMPLAINT_FIELD_ORDER);
      return;
    }
    setLocalErrors({});
    setServerErrors({});
    askForStatusUpdates();
    const { category, buildingId, location } = result.input;
    setSaving(true);
    const found = await similarComplaints({ category, ...(buildingId ? { buildingId } : {}), ...(location ? { location } : {}) });
    setSaving(false);
    // No match, or no answer: filing is never held up by the look for duplicates.
    if (found.ok && found.data.length > 0) setSimilar({ cards: found.data, input: result.input });
    else await file(result.input);
  }

  async function support(card: ComplaintCard) {
    setSupporting(card.id);
    const reply = await supportComplaint(card.id);
    setSupporting(null);
    if (!reply.ok && reply.error.code !== 'ALREADY_SUPPORTED') return showError(reply.error.message);
    draft.clear();
    setSimilar(null);
    if (reply.ok) showSuccess('已同问，办结时会通知您');
    else showInfo(reply.error.message);
    void Taro.redirectTo({ url: complaintDetailUrl(card.id) });
  }

  async function chooseLocation() {
    try {
      const place = await Taro.chooseLocation({});
      change('location', { latitude: place.latitude, longitude: place.longitude, address: place.name || place.address || null }, 'location');
    } catch {
      // Closed the map, or refused the permission: the building is enough.
    }
  }

  const busy = saving || photos.uploading;
  return (
    <View className="gh-complaint-form">
      {draft.restored ? (
        <DraftNotice onDiscard={() => {
          draft.discard();
          onRestart();
        }} />
      ) : null}
      <View className="gh-card">
        <PhotoPicker name="photos" label="拍张照片（选填）" photos={photos} error={errorOf('photos')} />
        <CategoryChips value={value.category} error={errorOf('category')} onChange={(next) => change('category', next, 'category')} />
        <MultilineField name="text" label="一句话说说问题" value={value.text} maxLength={TEXT_MAX} enforceLimit={false}
          placeholder="在哪里、什么问题" hint="例如：3号楼2单元楼道里堆满纸箱，挡住了消防通道。"
          error={errorOf('text')} focus={focus.focused === 'text'} onBlur={focus.release}
          onChange={(next) => change('text', next, 'text')} />
      </View>
      <View className="gh-card">
        <FieldFrame label="问题位置" name="location" error={errorOf('location')}>
          <Text className="gh-complaint-form__place">{profile.buildingName ? `🏠 ${profile.buildingName}` : '🏠 您所在的社区'}</Text>
          {value.location ? (
            <View className="gh-complaint-form__location">
              <Text className="gh-complaint-form__address">📍 {value.location.address ?? '已选位置'}</Text>
              <View className="gh-complaint-form__link" role="button" onClick={() => change('location', null, 'location')}>
                <Text>移除</Text>
              </View>
            </View>
          ) : process.env.TARO_ENV === 'weapp' ? (
            <View className="gh-complaint-form__link" role="button" onClick={() => void chooseLocation()}>
              <Text>📍 在地图上选具体位置（选填）</Text>
            </View>
          ) : null}
        </FieldFrame>
        <UrgencyPicker value={value.urgency} error={errorOf('urgency')} onChange={(next) => change('urgency', next, 'urgency')} />
      </View>
      <View className="gh-card">
        <SwitchRow title="匿名反映" hint="不显示您的姓名，只有社区回访时可见" checked={value.anonymous}
          onChange={(next) => change('anonymous', next)} />
        <SwitchRow title="仅工作人员可见" hint="不在社区诉求墙公开，只有您和工作人员能看到" checked={value.private}
          onChange={(next) => change('private', next)} />
      </View>
      <Button type="primary" size="large" block loading={saving} disabled={busy} onClick={() => void submit()}>
        {saving ? '正在提交…' : photos.uploading ? '照片上传中…' : '提交'}
      </Button>
      <Text className="gh-complaint-form__after">提交后由网格员签收处理，进展会在“消息”里通知您。</Text>
      {similar ? (
        <SimilarSheet cards={similar.cards} supporting={supporting} submitting={saving}
          onSupport={(card) => void support(card)} onSubmitAnyway={() => void file(similar.input)}
          onClose={() => setSimilar(null)} />
      ) : null}
    </View>
  );
}
