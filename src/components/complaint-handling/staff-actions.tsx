import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ComplaintDetail, ComplaintResult } from '@contract/complaint';
import type { ComplaintAction } from '@contract/complaint-labels';
import { acknowledgeSummons, acceptComplaint } from '../../services/complaint-handling';
import { Button } from '../../ui/nut';
import { ExtensionForm, MergeForm, ReasonForm, RejectForm, ReviewExtensionForm } from './reason-forms';
import type { FormProps } from './reason-forms';
import { DispatchForm, FollowUpForm, ResultForm, SummonForm } from './work-forms';
import { useHandling } from './use-handling';
import './complaint-handling.scss';

type StaffAction = Exclude<ComplaintAction, 'support' | 'rate' | 'reopen' | 'withdraw'>;

/** Staff actions in the order they are offered; the first the caller may take is the big one. */
const STAFF_ORDER: readonly StaffAction[] = [
  'accept',
  'acknowledge',
  'resolve',
  'reportBack',
  'reviewExtension',
  'dispatch',
  'followUp',
  'summon',
  'escalate',
  'requestExtension',
  'returnToCommunity',
  'merge',
  'reject',
];

export const STAFF_ACTION_LABELS: Record<StaffAction, string> = {
  accept: '签收',
  acknowledge: '报到',
  resolve: '答复办结',
  reportBack: '反馈',
  reviewExtension: '审核延期',
  dispatch: '派单',
  followUp: '回访',
  summon: '吹哨',
  escalate: '上报',
  requestExtension: '申请延期',
  returnToCommunity: '退单',
  merge: '合并',
  reject: '不予受理',
};

/** Taken at once, without a sheet: nothing to write. */
const DIRECT: readonly StaffAction[] = ['accept', 'acknowledge'];

function isStaffAction(action: ComplaintAction): action is StaffAction {
  return (STAFF_ORDER as readonly string[]).includes(action);
}

function Sheet({ action, ...props }: FormProps & { action: StaffAction }) {
  switch (action) {
    case 'returnToCommunity':
    case 'escalate':
      return <ReasonForm {...props} action={action} />;
    case 'resolve':
    case 'reportBack':
      return <ResultForm {...props} action={action} />;
    case 'requestExtension':
      return <ExtensionForm {...props} />;
    case 'reviewExtension':
      return <ReviewExtensionForm {...props} />;
    case 'dispatch':
      return <DispatchForm {...props} />;
    case 'summon':
      return <SummonForm {...props} />;
    case 'followUp':
      return <FollowUpForm {...props} />;
    case 'merge':
      return <MergeForm {...props} />;
    case 'reject':
      return <RejectForm {...props} />;
    default:
      return null;
  }
}

interface Props {
  detail: ComplaintDetail;
  /** After a step was taken (with its result), or a refusal that means the case moved on: reload it. */
  onChanged: (result?: ComplaintResult) => void;
}

/** 办理: the staff steps `detail.actions` allows now, each through its sheet, one message per outcome. */
export function ComplaintStaffActions({ detail, onChanged }: Props) {
  const [open, setOpen] = useState<StaffAction | null>(null);
  const direct = useHandling<never>(() => null, onChanged);
  const available = STAFF_ORDER.filter((action) => detail.actions.filter(isStaffAction).includes(action));
  if (available.length === 0) return null;

  function take(action: StaffAction) {
    if (action === 'accept') void direct.send(() => acceptComplaint(detail.id), '已签收，请按时办结');
    else if (action === 'acknowledge') void direct.send(() => acknowledgeSummons(detail.id), '已报到，请处置后反馈');
    else setOpen(action);
  }

  const [primary, ...others] = available;
  return (
    <View className="gh-card gh-handling" aria-label="办理">
      <Text className="gh-handling__title">办理</Text>
      <Button type="primary" size="large" block loading={direct.busy && DIRECT.includes(primary!)} disabled={direct.busy}
        onClick={() => take(primary!)}>
        {STAFF_ACTION_LABELS[primary!]}
      </Button>
      {others.length ? (
        <View className="gh-handling__more">
          {others.map((action) => (
            <Button key={action} fill="outline" type={action === 'reject' ? 'danger' : 'default'} disabled={direct.busy}
              className="gh-handling__more-button" onClick={() => take(action)}>
              {STAFF_ACTION_LABELS[action]}
            </Button>
          ))}
        </View>
      ) : null}
      {open ? (
        <Sheet action={open} detail={detail} onClose={() => setOpen(null)}
          onDone={(result) => {
            setOpen(null);
            onChanged(result);
          }} />
      ) : null}
    </View>
  );
}
