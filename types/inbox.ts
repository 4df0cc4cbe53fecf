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
  'meeting.proposed': '您所在的范围有一个新议题正在征集附议',
  'meeting.seconded': '您提出的议题有了新的附议',
  'meeting.threshold_reached': '有一个议题附议人数已达标，请审议',
  'meeting.review_approved': '议题已通过网格党支部审议，待社区党委决议',
  'meeting.review_rejected': '您提出的议题未通过网格党支部审议',
  'meeting.scheduled': '社区已安排居民议事会，欢迎报名参加',
  'meeting.decided': '社区党委已对议题作出决议，正在落实',
  'meeting.decision_rejected': '议题未通过社区党委决议',
  'meeting.registered': '您已报名居民议事会',
  'meeting.waitlisted': '您已进入议事会候补名单',
  'meeting.registration_cancelled': '您已取消议事会报名',
  'meeting.waitlist_promoted': '有人取消报名，您已从候补转为正式报名',
  'meeting.checked_in': '您已在居民议事会签到',
  'meeting.resolution_published': '居民议事会的决议已公布',
  'meeting.progress': '议事决议有新的落实进展',
  'meeting.evaluation_opened': '议事决议的落实情况开始居民评议，请参与评议',
  'meeting.evaluated': '有居民参与了评议',
  'meeting.closed': '议题的居民评议已结束，已办结',
  'meeting.lapsed': '您提出的议题未在30天内达到附议人数，已失效',
  'meeting.withdrawn': '您附议的议题已被提议人撤回',
  'meeting.reminder': '提醒：您报名的居民议事会明天召开',
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
