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
  'user.roles_changed': '社区更新了您的身份',
  'volunteer.approved': '您的志愿者申请已通过',
  'volunteer.rejected': '您的志愿者申请未通过',
};

export function inboxText(action: string): string {
  return INBOX_TEXTS[action] ?? '您有一条新消息';
}
