/**
 * Who is calling. Each function call gets an opaque API token in its environment (WX_API_TOKEN, as
 * on the real runtime); requests the SDK sends during that call carry it as `wxCloudApiToken`, so the
 * local cloud knows the caller of a nested callFunction and passes the same user on.
 */
import { randomBytes } from 'node:crypto';

export interface Caller {
  openid?: string;
  functionName?: string;
}

/**
 * Token prefix of in-process test SDKs (see emulator/testing.ts): `local-test-openid:<openid>` calls as
 * that user. Accepted only by a cloud started with `acceptTestTokens` (startThrowawayCloud), and usable
 * only by whoever holds that cloud's secret, since every /admin request must be signed with it.
 */
export const TEST_TOKEN_PREFIX = 'local-test-openid:';

export class CallerTokens {
  private readonly tokens = new Map<string, Caller>();

  constructor(private readonly acceptTestTokens = false) {}

  issue(caller: Caller): string {
    const token = randomBytes(18).toString('base64url');
    this.tokens.set(token, caller);
    return token;
  }

  revoke(token: string): void {
    this.tokens.delete(token);
  }

  resolve(token: unknown): Caller | undefined {
    if (typeof token !== 'string' || token === '') return undefined;
    if (this.acceptTestTokens && token.startsWith(TEST_TOKEN_PREFIX)) {
      const openid = token.slice(TEST_TOKEN_PREFIX.length);
      return openid ? { openid } : {};
    }
    return this.tokens.get(token);
  }
}
