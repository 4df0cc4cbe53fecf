/**
 * The openapi calls the local cloud answers, in WeChat's JSON shapes (snake_case, errcode/errmsg).
 * Anything else answers errcode -604101 like an API the function has no permission for.
 */
import { isPlainObject } from '../db/types';
import { newTraceId } from './media-check';
import { judgeText } from './wordlist';

export interface SubscribeMessageRecord {
  touser: string;
  templateId: string;
  page?: string;
  data: unknown;
  miniprogramState?: string;
  lang?: string;
  sentAt: Date;
}

export interface OpenApiContext {
  bannedWords: readonly string[];
  subscribeMessages: SubscribeMessageRecord[];
}

type WxReply = Record<string, unknown> & { errcode: number; errmsg: string };

function traceId(): string {
  return `${Date.now().toString(16)}-local`;
}

/** What v2 of the security checks requires besides its content: the scene (1–4) and a user's openid. */
function v2Refusal(params: Record<string, unknown>): WxReply | null {
  if (typeof params.openid !== 'string' || params.openid === '') return { errcode: 40003, errmsg: 'invalid openid' };
  const scene = Number(params.scene);
  if (!Number.isInteger(scene) || scene < 1 || scene > 4) return { errcode: 40129, errmsg: 'invalid scene' };
  return null;
}

/** WeChat's labels: 100 normal, 20001 时政 (the word list stands in for every risky kind), 21000 其他. */
const LABELS = { pass: 100, risky: 20001, review: 21000 } as const;

function msgSecCheck(ctx: OpenApiContext, params: Record<string, unknown>): WxReply {
  if (typeof params.content !== 'string' || params.content === '') return { errcode: 47001, errmsg: 'data format error: content is required' };
  const verdict = judgeText(params.content, ctx.bannedWords);
  if (Number(params.version) === 2) {
    const refused = v2Refusal(params);
    if (refused) return refused;
    const { suggest, word } = verdict;
    const label = LABELS[suggest];
    return {
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label },
      detail: [{ strategy: 'keyword', errcode: 0, suggest, label, ...(word ? { keyword: word, level: suggest === 'risky' ? 90 : 60 } : {}) }],
      trace_id: traceId(),
    };
  }
  // v1 knows only "risky or not".
  if (verdict.suggest === 'risky') return { errcode: 87014, errmsg: 'risky content' };
  return { errcode: 0, errmsg: 'ok' };
}

/** Asynchronous image/audio check: answers a trace_id now; the verdict is pushed later (see media-check.ts). */
function mediaCheckAsync(_ctx: OpenApiContext, params: Record<string, unknown>): WxReply {
  const mediaUrl = typeof params.media_url === 'string' ? params.media_url : '';
  if (!/^https?:\/\/\S+$/.test(mediaUrl)) return { errcode: 47001, errmsg: 'data format error: media_url must be a downloadable http(s) url' };
  const mediaType = Number(params.media_type);
  if (mediaType !== 1 && mediaType !== 2) return { errcode: 47001, errmsg: 'data format error: media_type must be 1 (audio) or 2 (image)' };
  const version = Number(params.version);
  if (version === 2) {
    const refused = v2Refusal(params);
    if (refused) return refused;
  }
  return { errcode: 0, errmsg: 'ok', trace_id: newTraceId() };
}

function subscribeMessageSend(ctx: OpenApiContext, params: Record<string, unknown>): WxReply {
  const touser = typeof params.touser === 'string' ? params.touser : '';
  const templateId = typeof params.template_id === 'string' ? params.template_id : '';
  if (!touser) return { errcode: 40003, errmsg: 'invalid openid' };
  if (!templateId) return { errcode: 40037, errmsg: 'invalid template_id' };
  if (!isPlainObject(params.data)) return { errcode: 47003, errmsg: 'argument invalid! data is empty' };
  ctx.subscribeMessages.push({
    touser,
    templateId,
    page: typeof params.page === 'string' ? params.page : undefined,
    data: params.data,
    miniprogramState: typeof params.miniprogram_state === 'string' ? params.miniprogram_state : undefined,
    lang: typeof params.lang === 'string' ? params.lang : undefined,
    sentAt: new Date(),
  });
  return { errcode: 0, errmsg: 'ok', msgid: Date.now() };
}

const services: Record<string, (ctx: OpenApiContext, params: Record<string, unknown>) => WxReply> = {
  'security.msgSecCheck': msgSecCheck,
  'security.mediaCheckAsync': mediaCheckAsync,
  'subscribeMessage.send': subscribeMessageSend,
};

export function callOpenApi(ctx: OpenApiContext, apiName: string, params: Record<string, unknown>): WxReply {
  const service = Object.hasOwn(services, apiName) ? services[apiName] : undefined;
  if (!service) return { errcode: -604101, errmsg: `function has no permission to call this API: ${apiName} is not available in the local cloud` };
  return service(ctx, params);
}
