/**
 * `security.mediaCheckAsync` in the local cloud. WeChat answers a trace_id at once and pushes the verdict
 * within 30 minutes as a message-push event (`MsgType: 'event'`, `Event: 'wxa_media_check'`) to whatever
 * the mini-program's message push is configured to reach — on CloudBase, a cloud function. The local cloud
 * cannot look at images, so it only validates the request and answers a trace id; a test (or a developer)
 * delivers the verdict on demand by invoking the receiving function with `mediaCheckPushEvent(…)`, the event
 * WeChat would send.
 */
import { randomBytes } from 'node:crypto';

export type MediaSuggest = 'pass' | 'review' | 'risky';

/** WeChat's trace ids look like `64b7dbf0-23c56013-1e94d102`. */
export function newTraceId(): string {
  const hex = randomBytes(12).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 16)}-${hex.slice(16, 24)}`;
}

const LABELS: Record<MediaSuggest, string> = { pass: '100', review: '21000', risky: '20002' };

/** The push event WeChat sends for a finished v2 check (the shape of a real `wxa_media_check` push). */
export function mediaCheckPushEvent(
  traceId: string,
  suggest: MediaSuggest,
  options: { appid?: string; openid?: string | null } = {},
): Record<string, unknown> {
  const label = LABELS[suggest];
  return {
    ToUserName: 'gh_local0000000',
    FromUserName: options.openid ?? '',
    CreateTime: Math.floor(Date.now() / 1000),
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: options.appid ?? 'wx-local-app',
    trace_id: traceId,
    version: 2,
    result: { suggest, label },
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
  };
}
