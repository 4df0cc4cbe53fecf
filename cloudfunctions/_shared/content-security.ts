import { AppError } from './errors';
import { sdk } from './runtime';

/** WeChat's answer for text that fails the check. */
const RISKY_CONTENT = 87014;

interface SecCheckResult {
  errCode?: number;
  result?: { suggest?: string };
}

function errCodeOf(error: unknown): number | undefined {
  const code = (error as { errCode?: unknown } | null)?.errCode;
  return typeof code === 'number' ? code : undefined;
}

/**
 * Passes user-written text through `security.msgSecCheck` before it is stored as visible.
 * Empty parts are skipped; one call checks them all.
 */
export async function assertContentAllowed(openid: string, ...parts: Array<string | null | undefined>): Promise<void> {
  const content = parts.filter((part): part is string => Boolean(part && part.trim())).join('\n');
  if (!content) return;
  let answer: SecCheckResult;
  try {
    answer = (await sdk().openapi.security.msgSecCheck({ content, openid, scene: 2, version: 2 })) as SecCheckResult;
  } catch (error) {
    if (errCodeOf(error) === RISKY_CONTENT) throw new AppError('CONTENT_REJECTED');
    throw error;
  }
  if (answer.errCode === RISKY_CONTENT || answer.result?.suggest === 'risky') throw new AppError('CONTENT_REJECTED');
}
