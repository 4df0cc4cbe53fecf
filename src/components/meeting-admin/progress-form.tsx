import { Text, View } from '@tarojs/components';
import type { MeetingDetail } from '@contract/meeting';
import { useDraft } from '../../hooks/use-draft';
import { reportMeetingProgress } from '../../services/meeting-admin';
import { Button } from '../../ui/nut';
import { MultilineField } from '../fields/multiline-field';
import { PhotoPicker } from '../photos/photo-picker';
import { usePhotoUploads } from '../photos/use-photo-uploads';
import { PROGRESS_NOTE_MAX, requiredText } from './meeting-rules';
import { useMeetingStep } from './use-meeting-step';

type ProgressField = 'note' | 'photos';

/** 落实情况: how the resolution is carried out, with photos; as often as needed. */
export function ProgressForm({ detail, onDone }: { detail: MeetingDetail; onDone: () => void }) {
  const draft = useDraft(`meeting.progress.${detail.id}`, { note: '' });
  const photos = usePhotoUploads();
  const step = useMeetingStep<ProgressField>((path) => (path === 'note' ? 'note' : path.startsWith('photos') ? 'photos' : null), () => {
    draft.clear();
    for (const item of photos.items) photos.remove(item.key);
    onDone();
  });

  function submit() {
    if (photos.uploading) return;
    const error = requiredText('落实情况', PROGRESS_NOTE_MAX, draft.value.note);
    step.setError('note', error);
    if (error) return;
    void step.send(
      () => reportMeetingProgress({ id: detail.id, note: draft.value.note.trim(), ...(photos.fileIds.length ? { photos: photos.fileIds } : {}) }),
      '已发布落实情况',
    );
  }

  return (
    <View className="gh-card gh-meeting-step">
      <Text className="gh-meeting-step__title">落实情况</Text>
      <Text className="gh-meeting-step__hint">决议落实到哪一步了，范围内的居民都会看到。</Text>
      <MultilineField name="note" label="落实情况" value={draft.value.note} maxLength={PROGRESS_NOTE_MAX} placeholder="比如：充电桩已完成选址，下周施工"
        error={step.errors.note} onChange={(note) => { draft.set({ note }); step.setError('note', undefined); }} />
      <PhotoPicker label="现场照片（选填）" name="photos" photos={photos} error={step.errors.photos} />
      <View className="gh-meeting-step__row">
        <Button type="primary" size="large" block loading={step.busy} disabled={step.busy || photos.uploading} onClick={submit}>
          {photos.uploading ? '照片上传中…' : '发布落实情况'}
        </Button>
      </View>
    </View>
  );
}
