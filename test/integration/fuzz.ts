/**
 * Property-based bad input: payloads the action's schema refuses, sent through the real stack.
 * Every one must answer a stable error code (never a crash, never ok) and leave the data as it was.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import type { Reply } from '@contract/reply';
import type { TestCloud } from './harness';

const PLATFORM_KEYS = new Set(['action', 'userInfo']);

/** Values of every JSON type, nested a little: what a broken or hostile client could send. */
const anyJson = fc.jsonValue({ maxDepth: 2 });

function payloadsFor(fieldNames: string[]): fc.Arbitrary<Record<string, unknown>> {
  const knownFieldsWithWrongValues = fc.record(
    Object.fromEntries(fieldNames.map((name) => [name, fc.oneof(anyJson, fc.string({ maxLength: 400 }), fc.constant(null))])),
    { requiredKeys: [] },
  );
  // Keys that reach a prototype when assigned are strangers like any other, and aimed at on purpose.
  const strangerKey = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype'),
    fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !PLATFORM_KEYS.has(key)),
  );
  const strangers = fc.dictionary(strangerKey, anyJson, { minKeys: 1, maxKeys: 4 });
  if (fieldNames.length === 0) return strangers;
  const longText = fc.constantFrom(...fieldNames).map((name) => ({ [name]: '长'.repeat(2001) }));
  const mixed = fc.tuple(knownFieldsWithWrongValues, strangers).map(([a, b]) => ({ ...a, ...b }));
  return fc.oneof(knownFieldsWithWrongValues, strangers, longText, mixed);
}

export interface FuzzTarget {
  fn: string;
  action: string;
  schema: z.ZodType;
  /** The fields the action takes, to aim wrong values at them. */
  fields: string[];
}

export async function expectBadInputRefused(
  t: TestCloud,
  target: FuzzTarget,
  callers: string[],
  collections: string[],
  numRuns = 25,
): Promise<void> {
  const before = await t.snapshot(collections);
  await fc.assert(
    fc.asyncProperty(
      payloadsFor(target.fields).filter((payload) => !target.schema.safeParse(payload).success),
      fc.constantFrom(...callers),
      async (payload, caller) => {
        const reply = (await t.call(caller, target.fn, target.action, payload)) as Reply<unknown>;
        if (reply.ok) throw new Error(`accepted ${JSON.stringify(payload)}`);
        expect(reply.error.code).toBe('INVALID_INPUT');
      },
    ),
    { numRuns },
  );
  expect(await t.snapshot(collections)).toEqual(before);
}
