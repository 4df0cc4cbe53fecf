/**
 * Hostile payloads for every reports action through the real SDK: each answers INVALID_INPUT (never ok, never
 * INTERNAL, never a crash), and no figure, event or file record is written.
 */
import type { z } from 'zod';
import { auditLogInput, dashboardInput, exportLedgerInput, overdueInput, workbenchPendingInput } from '@contract/report';
import { expectBadInputRefused } from './fuzz';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

const COLLECTIONS = ['report_figures', 'events', 'complaints'];

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
  await t.cloud.fireTimer('scheduler', undefined, new Date());
}, 60_000);
afterAll(async () => {
  await t.stop();
});

const targets: Array<[string, z.ZodType, string[]]> = [
  ['dashboard', dashboardInput, ['month', 'communityId', 'gridId']],
  ['overdue', overdueInput, ['cursor', 'kind']],
  ['auditLog', auditLogInput, ['itemId', 'actorOpenid', 'month', 'cursor']],
  ['exportLedger', exportLedgerInput, ['month', 'kind', 'communityId', 'gridId']],
  ['pending', workbenchPendingInput, []],
];

const callers = ['demo-resident', 'demo-gridworker', 'demo-admin', 'demo-admin-2', 'demo-street-admin', 'someone-new'];

describe('reports: malformed payloads answer INVALID_INPUT and change nothing', () => {
  test('the list covers every action the function registers', async () => {
    const { actions } = await import('../../cloudfunctions/reports/src/index');
    expect(targets.map(([action]) => action).sort()).toEqual(Object.keys(actions).sort());
  });

  test.each(targets)('reports.%s', async (action, schema, fields) => {
    await expectBadInputRefused(t, { fn: 'reports', action, schema, fields }, callers, COLLECTIONS);
  });

  test('a month that is no month, a cursor that is no cursor, a ledger of no kind', async () => {
    const before = await t.snapshot(COLLECTIONS);
    const refusals: Array<[string, Record<string, unknown>]> = [
      ['dashboard', { month: '2026-13' }],
      ['dashboard', { month: '2026-1' }],
      ['auditLog', { cursor: 'not a cursor' }],
      ['overdue', { cursor: '12_' }],
      ['overdue', { kind: 'rate' }],
      ['exportLedger', { month: '2026-11', kind: 'everything' }],
      ['exportLedger', { kind: 'complaints' }],
      ['exportLedger', { month: '2999-01', kind: 'complaints' }],
    ];
    for (const [action, input] of refusals) {
      const reply = await t.call('demo-admin', 'reports', action, input);
      expect([action, input, reply.ok ? 'ok' : reply.error.code]).toEqual([action, input, 'INVALID_INPUT']);
    }
    expect(await t.snapshot(COLLECTIONS)).toEqual(before);
  });
});
