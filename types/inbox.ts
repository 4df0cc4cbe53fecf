import { z } from 'zod';
import { boundedString, noInput } from './schema';

export const inboxListInput = z.strictObject({ cursor: boundedString(120).optional() });
export const inboxUnreadInput = noInput;
export const inboxMarkReadInput = noInput;

/** What an inbox line says, by event action. */
export const INBOX_TEXTS: Record<string, string> = {
  'wish.published': '您的心愿已通过审核，已在心愿墙发布',
  'wish.rejected': '您的心愿未通过审核',
  'wish.claimed': '您的心愿已被志愿者认领',
  'wish.claim_cancelled': '志愿者取消了认领，心愿已重新发布',
  'wish.fulfilled': '志愿者已完成您的心愿，请确认',
  'wish.confirmed': '受助人已确认心愿完成，积分已到账',
  'wish.claim_expired': '认领超时未完成，心愿已重新发布',
  'wish.expired': '心愿已过期望完成日期',
  'wish.withdrawn': '为您提交的心愿已撤回',
  'wish.resubmitted': '为您提交的心愿已修改，重新提交审核',
  'complaint.created': '您的网格有一件新诉求待签收',
  'complaint.accepted': '您反映的问题已签收，正在办理',
  'complaint.dispatched': '社区向您派发了一件诉求，请及时签收',
  'complaint.returned': '网格退回了一件诉求，请重新派单',
  'complaint.extension_requested': '有一件诉求申请延期，请审核',
  'complaint.extension_approved': '您的延期申请已同意',
  'complaint.extension_rejected': '您的延期申请未同意',
  'complaint.escalated': '有一件诉求已上报，请处理',
  'complaint.summoned': '社区吹哨：请贵部门及时报到处理',
  'complaint.acknowledged': '被吹哨的部门已报到',
  'complaint.reported': '被吹哨的部门已反馈处理结果',
  'complaint.resolved': '您反映的问题已办理完成，请评价',
  'complaint.rated': '居民已评价您办理的诉求',
  'complaint.auto_closed': '诉求已超过评价期限，自动办结',
  'complaint.reopened': '居民申请重办，请重新签收处理',
  'complaint.followed_up': '网格员已对您反映的问题进行回访',
  'complaint.merged': '您反映的问题与另一件诉求相同，已合并办理',
  'complaint.rejected': '您反映的问题不予受理',
  'complaint.withdrawn': '居民撤回了诉求',
  'complaint.urged': '催办：有一件诉求已到办结时限，请尽快办理',
  'complaint.overdue_escalated': '有一件诉求超时未处理，已上报到您这一级',
  'complaint.summon_overdue': '被吹哨的部门未在时限内报到',
  'complaint.follow_up_overdue': '有一件已办结的诉求待回访，已超过15天',
  'user.roles_changed': '社区更新了您的身份',
  'volunteer.approved': '您的志愿者申请已通过',
  'volunteer.rejected': '您的志愿者申请未通过',
};

/** What the filer of a wish for a neighbour reads, by event action: `{name}` is the neighbour's display name. */
export const FILER_INBOX_TEXTS: Record<string, string> = {
  'wish.published': '您为{name}提交的心愿已通过审核，已在心愿墙发布',
  'wish.rejected': '您为{name}提交的心愿未通过审核',
  'wish.claimed': '您为{name}提交的心愿已被认领',
  'wish.claim_cancelled': '志愿者取消了认领，您为{name}提交的心愿已重新发布',
  'wish.fulfilled': '志愿者已完成您为{name}提交的心愿，请确认',
  'wish.claim_expired': '认领超时未完成，您为{name}提交的心愿已重新发布',
  'wish.expired': '您为{name}提交的心愿已过期望完成日期',
  'wish.resubmitted': '您为{name}提交的心愿已重新提交审核',
};

/**
 * An inbox line for one reader. The filer of a wish for a neighbour (`onBehalfOf.filerOpenid`) reads the
 * neighbour's name; everyone else reads the plain text.
 */
export function inboxText(action: string, reader?: string, onBehalfOf?: { filerOpenid: string; name: string } | null): string {
  const forFiler = onBehalfOf && reader === onBehalfOf.filerOpenid ? FILER_INBOX_TEXTS[action] : undefined;
  if (forFiler && onBehalfOf) return forFiler.split('{name}').join(onBehalfOf.name);
  return INBOX_TEXTS[action] ?? '您有一条新消息';
}
