/** A call as the mini-program client makes it (`wx.cloud.callFunction`), shared by the bridge and the API. */
import { errCodeOf } from '../admin/errors';
import type { FunctionRunner, InvokeResult } from './runner';

/** The rejection `wx.cloud.callFunction` gives: errCode + errMsg. */
export class CloudCallError extends Error {
  constructor(
    readonly errCode: number,
    readonly errMsg: string,
    readonly code: string,
  ) {
    super(errMsg);
    this.name = 'CloudCallError';
  }
}

export function toCloudCallError(result: Extract<InvokeResult, { ok: false }>, api = 'cloud.callFunction'): CloudCallError {
  const { errCode, text } = errCodeOf(result.error.code);
  return new CloudCallError(errCode, `${api}:fail Error: errCode: ${errCode} ${text} | errMsg: ${result.error.message}`, result.error.code);
}

export function parseResult(json: string): unknown {
  return JSON.parse(json) as unknown;
}

export async function callAsClient(
  runner: FunctionRunner,
  name: string,
  data: Record<string, unknown>,
  openid: string | undefined,
): Promise<unknown> {
  const result = await runner.invoke(name, { source: 'client', caller: { openid }, data });
  if (!result.ok) throw toCloudCallError(result);
  return parseResult(result.json);
}
