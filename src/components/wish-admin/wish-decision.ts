import { rejectionReasonError } from '@contract/review-reason';
import type { DecisionLabels } from '../review/decision-buttons';

/** How the community's decision on a filed wish reads, in the queue and on the wish itself. */
export const WISH_DECISION: DecisionLabels = {
  approve: '审核通过',
  reject: '驳回',
  confirmReject: '确认驳回',
  reason: '不通过的理由（提交人可以看到）',
  reasonPlaceholder: '请说明原因，便于居民修改后重新提交',
};

/** The rule of `reviewWishInput` on the reason, without the schema (this runs in the main package). */
export function wishRejectionError(_id: string, reason: string | undefined): string | undefined {
  return rejectionReasonError(reason);
}
