/**
 * The openapi calls the local cloud answers, in WeChat's JSON shapes (snake_case, errcode/errmsg).
 * Anything else answers errcode -604101 like an API the function has no permission for.
 */
import { isPlainObject } from '../db/types';
import { findBannedWord } from './wordlist';

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

function msgSecCheck(ctx: OpenApiContext, params: Record<string, unknown>): WxReply {
  const content = typeof params.content === 'string' ? params.content : '';
  const word = findBannedWord(content, ctx.bannedWords);
  if (Number(params.version) === 2) {
    const suggest = word ? 'risky' : 'pass';
    const label = word ? 20001 : 100;
    return {
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label },
      detail: [{ strategy: 'keyword', errcode: 0, suggest, label, ...(word ? { keyword: word, level: 90 } : {}) }],
      trace_id: traceId(),
    };
  }
  if (word) return { errcode: 87014, errmsg: 'risky content' };
  return { errcode: 0, errmsg: 'ok' };
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
  'subscribeMessage.send': subscribeMessageSend,
};

export function callOpenApi(ctx: OpenApiContext, apiName: string, params: Record<string, unknown>): WxReply {
  const service = services[apiName];
  if (!service) return { errcode: -604101, errmsg: `function has no permission to call this API: ${apiName} is not available in the local cloud` };
  return service(ctx, params);
}
