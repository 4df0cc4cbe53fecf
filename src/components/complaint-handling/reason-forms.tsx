import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ComplaintDetail, ComplaintResult } from '@contract/complaint';
import { DecisionButtons } from '../review/decision-buttons';
import { Chips } from '../chips/chips';
import { MultilineField } from '../fields/multiline-field';
import { TextField } from '../fields/text-field';
import {
  escalateComplaint,
  mergeComplaint,
  rejectComplaint,
  requestExtension,
  returnToCommunity,
  reviewExtension,
} from '../../services/complaint-handling';
import { dateLabel, dateTimeLabel } from '../../ui/dates';
import { endOfCommunityDay, optionalTextError, REASON_MAX, REDIRECT_MAX, requiredTextError } from './handling-rules';
import { HandlingSheet } from './handling-sheet';
import { useHandling } from './use-handling';

export interface FormProps {
  detail: ComplaintDetail;
  onClose: () => void;
  onDone: (result?: ComplaintResult) => void;
}

const only = <F extends string>(...fields: F[]) => (path: string): F | null => fields.find((field) => field === path) ?? null;

interface ReasonCopy {
  title: string;
  hint: string;
  label: string;
  placeholder: string;
  submit: string;
  success: string;
}

const REASON_COPY: Record<'returnToCommunity' | 'escalate', ReasonCopy> = {
  returnToCommunity: {
    title: '退单',
    hint: '不属于本网格或不归我们管的，退回社区重新派单。',
    label: '退单原因',
    placeholder: '比如：该楼栋属于第二网格',
    submit: '确认退单',
    success: '已退单，社区会重新派单',
  },
  escalate: {
    title: '上报',
    hint: '网格解决不了的，上报到上一级处理。',
    label: '上报原因',
    placeholder: '说明为什么需要上一级协调',
    submit: '确认上报',
    success: '已上报上一级',
  },
};

/** 退单 and 上报: one reason, required. */
export function ReasonForm({ detail, onClose, onDone, action }: FormProps & { action: 'returnToCommunity' | 'escalate' }) {
  const copy = REASON_COPY[action];
  const [reason, setReason] = useState('');
  const handling = useHandling(only('reason'), onDone);
  function submit() {
    const error = requiredTextError(copy.label, REASON_MAX, reason);
    if (error) return handling.setError('reason', error);
    const input = { id: detail.id, reason: reason.trim() };
    void handling.send(() => (action === 'escalate' ? escalateComplaint(input) : returnToCommunity(input)), copy.success);
  }
  return (
    <HandlingSheet title={copy.title} hint={copy.hint} submitText={copy.submit} busy={handling.busy} onSubmit={submit} onClose={onClose}>
      <MultilineField name="reason" label={copy.label} value={reason} maxLength={REASON_MAX} placeholder={copy.placeholder}
        error={handling.errors.reason} onChange={(value) => { setReason(value); handling.setError('reason', undefined); }} />
    </HandlingSheet>
  );
}

const EXTENSION_DAYS = [3, 5, 7, 10, 15];

/** 申请延期: until the end of a chosen day, and why; once per case, the community decides. */
export function ExtensionForm({ detail, onClose, onDone }: FormProps) {
  const [days, setDays] = useState('');
  const [reason, setReason] = useState('');
  const handling = useHandling(only('until', 'reason'), onDone);
  const options = EXTENSION_DAYS.map((count) => ({ id: String(count), name: `${count}天（${dateLabel(endOfCommunityDay(count))}）` }));
  function submit() {
    const untilError = days ? undefined : '请选择延期到哪一天';
    const reasonError = requiredTextError('延期原因', REASON_MAX, reason);
    handling.setError('until', untilError);
    handling.setError('reason', reasonError);
    if (untilError || reasonError) return;
    void handling.send(
      () => requestExtension({ id: detail.id, until: endOfCommunityDay(Number(days)), reason: reason.trim() }),
      '延期申请已提交，等待社区审核',
    );
  }
  return (
    <HandlingSheet title="申请延期" hint="每件诉求只能申请一次延期，社区审核同意后办结时限顺延。" submitText="提交延期申请"
      busy={handling.busy} onSubmit={submit} onClose={onClose}>
      <Chips label="延期到" options={options} selectedId={days} onSelect={(id) => { setDays(id); handling.setError('until', undefined); }} />
      {handling.errors.until ? <TextError message={handling.errors.until} /> : null}
      <MultilineField name="reason" label="延期原因" value={reason} maxLength={REASON_MAX} placeholder="比如：需要等配件到货"
        error={handling.errors.reason} onChange={(value) => { setReason(value); handling.setError('reason', undefined); }} />
    </HandlingSheet>
  );
}

function TextError({ message }: { message: string }) {
  return <Text className="gh-field__error gh-handling-sheet__error">{message}</Text>;
}

const EXTENSION_DECISION = {
  approve: '同意延期',
  reject: '不同意',
  confirmReject: '确认不同意',
  reason: '不同意的原因（申请人可以看到）',
  reasonPlaceholder: '请说明原因',
};

/** 审核延期: the handler's request, approved, or refused with a reason. */
export function ReviewExtensionForm({ detail, onClose, onDone }: FormProps) {
  const handling = useHandling(only('reason'), onDone);
  const extension = detail.extension;
  return (
    <HandlingSheet title="审核延期申请" busy={handling.busy} onClose={onClose}>
      {extension ? (
        <View className="gh-handling-sheet__facts">
          <Text className="gh-handling-sheet__fact">申请延期到：{dateTimeLabel(extension.until)}</Text>
          <Text className="gh-handling-sheet__fact">原因：{extension.reason}</Text>
        </View>
      ) : null}
      <DecisionButtons labels={EXTENSION_DECISION} busy={handling.busy} rowClassName="gh-handling__row" size="large"
        reasonError={(reason) => requiredTextError('原因', REASON_MAX, reason ?? '')}
        onApprove={() => void handling.send(() => reviewExtension({ id: detail.id, approve: true }), '已同意延期')}
        onReject={(reason) => void handling.send(() => reviewExtension({ id: detail.id, approve: false, reason }), '已驳回延期申请')} />
    </HandlingSheet>
  );
}

/** 合并: a duplicate joins the case kept, with its reporter and supporters. */
export function MergeForm({ detail, onClose, onDone }: FormProps) {
  const [intoId, setIntoId] = useState('');
  const handling = useHandling(only('intoId'), onDone);
  function submit() {
    const target = intoId.trim();
    if (!target) return handling.setError('intoId', '请填写要合并到的诉求编号');
    if (target === detail.id) return handling.setError('intoId', '不能合并到自身');
    void handling.send(() => mergeComplaint({ id: detail.id, intoId: target }), '已合并到另一件诉求');
  }
  return (
    <HandlingSheet title="合并重复诉求" hint="同一件事被重复反映时，合并到保留的那一件，反映人和同问的人都会转过去。"
      submitText="确认合并" busy={handling.busy} onSubmit={submit} onClose={onClose}>
      <TextField name="intoId" label="合并到（诉求编号）" value={intoId} maxLength={64} placeholder="在保留的诉求详情页可以看到编号"
        error={handling.errors.intoId} onChange={(value) => { setIntoId(value); handling.setError('intoId', undefined); }} />
    </HandlingSheet>
  );
}

/** 不予受理: why, and where to go instead. */
export function RejectForm({ detail, onClose, onDone }: FormProps) {
  const [reason, setReason] = useState('');
  const [redirect, setRedirect] = useState('');
  const handling = useHandling(only('reason', 'redirect'), onDone);
  function submit() {
    const reasonError = requiredTextError('不予受理的原因', REASON_MAX, reason);
    const redirectError = optionalTextError('建议办理渠道', REDIRECT_MAX, redirect);
    handling.setError('reason', reasonError);
    handling.setError('redirect', redirectError);
    if (reasonError || redirectError) return;
    void handling.send(
      () => rejectComplaint({ id: detail.id, reason: reason.trim(), ...(redirect.trim() ? { redirect: redirect.trim() } : {}) }),
      '已不予受理，反映人会看到原因',
    );
  }
  return (
    <HandlingSheet title="不予受理" hint="反映人会看到原因和建议的办理渠道。" submitText="确认不予受理" tone="danger"
      busy={handling.busy} onSubmit={submit} onClose={onClose}>
      <MultilineField name="reason" label="不予受理的原因" value={reason} maxLength={REASON_MAX} placeholder="比如：属于私人财产纠纷"
        error={handling.errors.reason} onChange={(value) => { setReason(value); handling.setError('reason', undefined); }} />
      <TextField name="redirect" label="建议办理渠道（选填）" value={redirect} maxLength={REDIRECT_MAX} placeholder="比如：请拨打12345或到街道司法所咨询"
        error={handling.errors.redirect} onChange={(value) => { setRedirect(value); handling.setError('redirect', undefined); }} />
    </HandlingSheet>
  );
}
