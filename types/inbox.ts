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
