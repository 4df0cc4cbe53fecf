/**
 * The admin endpoint acts only on what it defines: an action or API name never reaches
 * Object.prototype, and a signed body cannot carry a second spelling of a parameter.
 */
import { postJson, startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(() => suite.stop());

describe('action names', () => {
  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
    'a signed request with action %p is an unknown action, and reveals nothing',
    async (action) => {
      const res = await postJson(suite.cloud.adminUrl, { action });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        code: 'INVALID_PARAM',
        message: `[InvalidParameter.Action] action ${action} is not supported by the local cloud`,
        requestId: expect.any(String),
      });
      expect(JSON.stringify(res.body)).not.toContain(suite.dataDir);
    },
  );
});
