import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { DepartmentView } from '@contract/complaint';
import { FOLLOW_UP_LABELS, FOLLOW_UP_VERDICTS } from '@contract/complaint-labels';
import type { FollowUpVerdict } from '@contract/complaint-labels';
import type { OrgTree } from '@contract/org';
import { useReply } from '../../hooks/use-reply';
import { useStore } from '../../hooks/use-store';
import {
  complaintDepartments,
  dispatchComplaint,
  followUpComplaint,
  reportBack,
  resolveComplaint,
  summonDepartments,
} from '../../services/complaint-handling';
import { listOrg } from '../../services/users';
import { sessionStore } from '../../state/session';
import { cx } from '../../ui/class-names';
import { Chips } from '../chips/chips';
import { MultilineField } from '../fields/multiline-field';
import { ErrorState, LoadingState } from '../page-state/page-state';
import { PhotoPicker } from '../photos/photo-picker';
import { usePhotoUploads } from '../photos/use-photo-uploads';
import { FOLLOW_UP_NOTE_MAX, REASON_MAX, requiredTextError, RESULT_MAX, SUMMON_MAX_DEPARTMENTS } from './handling-rules';
import { HandlingSheet } from './handling-sheet';
import type { FormProps } from './reason-forms';
import { useHandling } from './use-handling';

const only = <F extends string>(...fields: F[]) => (path: string): F | null => fields.find((field) => field === path) ?? null;

interface GridChoice {
  id: string;
  name: string;
}

/** The grids a case can go to: those of its community (by the caller's placement, else by the case's name). */
export function gridChoices(tree: OrgTree, communityId: string | null, communityName: string | null): GridChoice[] {
  const communities = tree.streets.flatMap((street) => street.communities);
  const own = communities.find((community) => community.id === communityId) ?? communities.find((community) => community.name === communityName);
  const shown = own ? [own] : communities;
  return shown.flatMap((community) =>
    community.grids.map((grid) => ({ id: grid.id, name: shown.length > 1 ? `${community.name} · ${grid.name}` : grid.name })),
  );
}

/** A list of large rows, one or several of them on. */
function PickRows({ label, rows, picked, multiple, onToggle }: {
  label: string;
  rows: { id: string; name: string; note?: string }[];
  picked: readonly string[];
  multiple?: boolean;
  onToggle: (id: string) => void;
}) {
  return (
    <View className="gh-handling-pick" role={multiple ? 'group' : 'radiogroup'} aria-label={label}>
      {rows.map((row) => {
        const on = picked.includes(row.id);
        return (
          <View key={row.id} role={multiple ? 'checkbox' : 'radio'} aria-checked={on} aria-label={row.name}
            className={cx('gh-handling-pick__row', on && 'gh-handling-pick__row--on')} onClick={() => onToggle(row.id)}>
            <View className="gh-handling-pick__text">
              <Text className="gh-handling-pick__name">{row.name}</Text>
              {row.note ? <Text className="gh-handling-pick__note">{row.note}</Text> : null}
            </View>
            <Text className="gh-handling-pick__mark">{on ? '✓' : ''}</Text>
          </View>
        );
      })}
    </View>
  );
}

/** 派单: to one grid of the community (its worker signs for it). */
export function DispatchForm({ detail, onClose, onDone }: FormProps) {
  const profile = useStore(sessionStore).profile;
  const [org, reload] = useReply(() => listOrg(profile?.communityId ? { communityId: profile.communityId } : {}));
  const [gridId, setGridId] = useState('');
  const handling = useHandling(only('gridId'), onDone);
  function submit() {
    if (!gridId) return handling.setError('gridId', '请选择派往的网格');
    void handling.send(() => dispatchComplaint({ id: detail.id, gridId }), '已派单，等待网格员签收');
  }
  return (
    <HandlingSheet title="派单" hint="派给一个网格，由该网格的网格员签收办理。" submitText="确认派单" busy={handling.busy}
      blocked={org.status !== 'ready'} onSubmit={submit} onClose={onClose}>
      {org.status === 'loading' ? <LoadingState /> : null}
      {org.status === 'error' ? <ErrorState error={org.error} onRetry={reload} /> : null}
      {org.status === 'ready' ? (
        <PickRows label="派往的网格" rows={gridChoices(org.data, profile?.communityId ?? null, detail.communityName)} picked={[gridId]}
          onToggle={(id) => { setGridId(id); handling.setError('gridId', undefined); }} />
      ) : null}
      {handling.errors.gridId ? <Text className="gh-field__error gh-handling-sheet__error">{handling.errors.gridId}</Text> : null}
    </HandlingSheet>
  );
}

function limitText(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60}小时内报到` : `${minutes}分钟内报到`;
}

/** 吹哨: the departments of the street that must come (报到), and what for. */
export function SummonForm({ detail, onClose, onDone }: FormProps) {
  const [departments, reload] = useReply<DepartmentView[]>(() => complaintDepartments());
  const [picked, setPicked] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const handling = useHandling((path) => (path.startsWith('departmentIds') ? 'departmentIds' : path === 'note' ? 'note' : null), onDone);
  const already = new Set(detail.summons.map((summon) => summon.departmentId));

  function toggle(id: string) {
    handling.setError('departmentIds', undefined);
    setPicked((current) => (current.includes(id) ? current.filter((item) => item !== id) : [...current, id]));
  }
  function submit() {
    const pickError = picked.length === 0
      ? '请选择要吹哨的部门'
      : picked.length > SUMMON_MAX_DEPARTMENTS ? `一次最多吹哨${SUMMON_MAX_DEPARTMENTS}个部门` : undefined;
    const noteError = requiredTextError('吹哨说明', REASON_MAX, note);
    handling.setError('departmentIds', pickError);
    handling.setError('note', noteError);
    if (pickError || noteError) return;
    void handling.send(() => summonDepartments({ id: detail.id, departmentIds: picked, note: note.trim() }), '已吹哨，等待部门报到');
  }
  const rows = departments.status === 'ready'
    ? departments.data.filter((department) => !already.has(department.id))
      .map((department) => ({ id: department.id, name: department.name, note: `${department.duty} · ${limitText(department.reportLimitMinutes)}` }))
    : [];
  return (
    <HandlingSheet title="吹哨报到" hint="选择需要到场的部门（可多选），部门须在时限内报到并反馈。" submitText="确认吹哨"
      busy={handling.busy} blocked={departments.status !== 'ready'} onSubmit={submit} onClose={onClose}>
      {departments.status === 'loading' ? <LoadingState /> : null}
      {departments.status === 'error' ? <ErrorState error={departments.error} onRetry={reload} /> : null}
      {departments.status === 'ready' ? <PickRows label="吹哨部门" rows={rows} picked={picked} multiple onToggle={toggle} /> : null}
      {handling.errors.departmentIds ? <Text className="gh-field__error gh-handling-sheet__error">{handling.errors.departmentIds}</Text> : null}
      <MultilineField name="note" label="吹哨说明" value={note} maxLength={REASON_MAX} placeholder="需要部门做什么、什么时候到场"
        error={handling.errors.note} onChange={(value) => { setNote(value); handling.setError('note', undefined); }} />
    </HandlingSheet>
  );
}

const RESULT_COPY = {
  resolve: { title: '答复办结', hint: '写明怎么处理的，反映人会看到并评价。', label: '办理结果', submit: '提交办理结果', success: '已答复，等待反映人评价' },
  reportBack: { title: '部门反馈', hint: '写明部门的处置情况，社区会看到。', label: '处置情况', submit: '提交反馈', success: '已反馈处置情况' },
} as const;

/** 答复/办结 by the handler, 反馈 by a summoned department: what was done, with photos. */
export function ResultForm({ detail, onClose, onDone, action }: FormProps & { action: 'resolve' | 'reportBack' }) {
  const copy = RESULT_COPY[action];
  const [result, setResult] = useState('');
  const photos = usePhotoUploads();
  const handling = useHandling((path) => (path === 'result' ? 'result' : path.startsWith('photos') ? 'photos' : null), onDone);
  function submit() {
    if (photos.uploading) return;
    const error = requiredTextError(copy.label, RESULT_MAX, result);
    if (error) return handling.setError('result', error);
    const input = { id: detail.id, result: result.trim(), ...(photos.fileIds.length ? { photos: photos.fileIds } : {}) };
    void handling.send(() => (action === 'resolve' ? resolveComplaint(input) : reportBack(input)), copy.success);
  }
  return (
    <HandlingSheet title={copy.title} hint={copy.hint} submitText={photos.uploading ? '照片上传中…' : copy.submit}
      busy={handling.busy} blocked={photos.uploading} onSubmit={submit} onClose={onClose}>
      <MultilineField name="result" label={copy.label} value={result} maxLength={RESULT_MAX} placeholder="比如：已清理楼道堆物，通道恢复畅通"
        error={handling.errors.result} onChange={(value) => { setResult(value); handling.setError('result', undefined); }} />
      <PhotoPicker label="现场照片（选填）" name="photos" photos={photos} error={handling.errors.photos} />
    </HandlingSheet>
  );
}

/** 回访: how the reporter judged the outcome; 不满意 reopens the case. */
export function FollowUpForm({ detail, onClose, onDone }: FormProps) {
  const [verdict, setVerdict] = useState<FollowUpVerdict | ''>('');
  const [note, setNote] = useState('');
  const handling = useHandling(only('satisfied', 'note'), onDone);
  function submit() {
    const verdictError = verdict ? undefined : '请选择回访结果';
    const noteError = requiredTextError('回访记录', FOLLOW_UP_NOTE_MAX, note);
    handling.setError('satisfied', verdictError);
    handling.setError('note', noteError);
    if (!verdict || verdictError || noteError) return;
    void handling.send(
      () => followUpComplaint({ id: detail.id, satisfied: verdict, note: note.trim() }),
      verdict === 'unsatisfied' ? '已记录回访，诉求转为重办' : '已完成回访',
    );
  }
  return (
    <HandlingSheet title="回访" hint="办结后15日内回访反映人，记录他们的评价。" submitText="提交回访" busy={handling.busy}
      onSubmit={submit} onClose={onClose}>
      <Chips label="回访结果" options={FOLLOW_UP_VERDICTS.map((id) => ({ id, name: FOLLOW_UP_LABELS[id] }))} selectedId={verdict}
        onSelect={(id) => { setVerdict(FOLLOW_UP_VERDICTS.find((item) => item === id) ?? ''); handling.setError('satisfied', undefined); }} />
      {handling.errors.satisfied ? <Text className="gh-field__error gh-handling-sheet__error">{handling.errors.satisfied}</Text> : null}
      <MultilineField name="note" label="回访记录" value={note} maxLength={FOLLOW_UP_NOTE_MAX} placeholder="比如：电话回访，居民表示楼道已清理干净"
        error={handling.errors.note} onChange={(value) => { setNote(value); handling.setError('note', undefined); }} />
    </HandlingSheet>
  );
}
