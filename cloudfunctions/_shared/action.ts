import type { z } from 'zod';
import type { Actor } from '../../types/actor';
import type { Reply } from '../../types/reply';
import { ERROR_MESSAGES } from '../../types/reply';
import { fieldIssues } from '../../types/schema';
import type { UserDoc } from '../../types/user';
import { AppError } from './errors';
import { loadUser, toActor } from './users-repository';
import { callerOpenid } from './runtime';

/**
 * Who may reach an action's use case at all. Finer checks that need the resource
 * (same community, holder of the claim…) run inside the use case through the area's permission table.
 */
export type Access =
  | { kind: 'identified' } // a WeChat user; the use case checks permission against the resource itself
  | { kind: 'anyone' } // a WeChat user, registered or not, with their users document if any
  | { kind: 'registered' } // has a users document
  | { kind: 'member' } // registered and placed in a community
  | { kind: 'actor'; allow: (actor: Actor) => boolean };

export interface CallerContext {
  openid: string;
  user: UserDoc | null;
}

export interface MemberContext extends CallerContext {
  user: UserDoc;
  actor: Actor;
}

type ContextFor<A extends Access> = A extends { kind: 'identified' } | { kind: 'anyone' }
  ? CallerContext
  : MemberContext;

export interface ActionDefinition<S extends z.ZodType, A extends Access, R> {
  input: S;
  access: A;
  run: (context: ContextFor<A>, input: z.output<S>) => Promise<R>;
}

export function defineAction<S extends z.ZodType, A extends Access, R>(
  definition: ActionDefinition<S, A, R>,
): ActionDefinition<S, A, R> {
  return definition;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry erases each action's own types
type AnyAction = ActionDefinition<z.ZodType, Access, any>;

export type ActionRegistry = Record<string, AnyAction>;

/** What WeChat passes to `main`: the caller's data plus fields the platform adds. */
export interface CloudEvent {
  action?: unknown;
  userInfo?: unknown;
  Type?: unknown;
  TriggerName?: unknown;
  MsgType?: unknown;
  Event?: unknown;
  [key: string]: unknown;
}

const PLATFORM_FIELDS = ['action', 'userInfo'];

/**
 * Keys that, assigned with `object[key] = value`, reach an object's prototype. JSON.parse makes them own
 * properties, so they do arrive here; they are refused like any unknown key, at any depth.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Visit {
  value: unknown;
  key: string;
  parent: Visit | null;
}

function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
}

/** Where a forbidden key sits in `root` (`a.0.__proto__`), walked without recursion so depth cannot exhaust the stack. */
export function forbiddenKeyPath(root: unknown): string | null {
  const pending: Visit[] = [{ value: root, key: '', parent: null }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const { value } = visit;
    if (value === null || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      const child: Visit = { value: (value as Record<string, unknown>)[key], key, parent: visit };
      if (FORBIDDEN_KEYS.has(key)) return pathOf(child);
      pending.push(child);
    }
  }
  return null;
}

/** The caller's fields, as own properties of a fresh object: nothing in the event can set its prototype. */
function payloadOf(event: CloudEvent): Record<string, unknown> {
  const forbidden = forbiddenKeyPath(event);
  if (forbidden) {
    const message = `无法识别的字段：${forbidden}`;
    throw new AppError('INVALID_INPUT', message, [{ path: forbidden, message }]);
  }
  return Object.fromEntries(Object.entries(event).filter(([key]) => !PLATFORM_FIELDS.includes(key)));
}

/** The reply for a refusal. */
export function refuse(error: AppError): Reply<never> {
  const reply: Reply<never> = { ok: false, error: { code: error.code, message: error.message } };
  if (error.details !== undefined && !reply.ok) reply.error.details = error.details;
  return reply;
}

async function authorise(access: Access, openid: string): Promise<CallerContext | MemberContext> {
  if (!openid) throw new AppError('UNAUTHENTICATED');
  if (access.kind === 'identified') return { openid, user: null };
  if (access.kind === 'anyone') return { openid, user: await loadUser(openid) };
  const user = await loadUser(openid);
  if (!user) throw new AppError('NOT_REGISTERED');
  const actor = toActor(user);
  if (access.kind === 'member' && !actor.communityId) throw new AppError('PROFILE_INCOMPLETE');
  if (access.kind === 'actor' && !access.allow(actor)) throw new AppError('FORBIDDEN');
  return { openid, user, actor };
}

/** Message pushes a function receives (CloudBase routes them by MsgType and Event), by Event name. */
export type PushHandlers = Record<string, (event: CloudEvent) => Promise<'success'>>;

/** A message push, as WeChat sends one: `{ MsgType: 'event', Event: '…', … }` and no action. */
function pushHandlerFor(event: CloudEvent, pushes: PushHandlers) {
  if (event?.action !== undefined || event?.MsgType !== 'event' || typeof event.Event !== 'string') return undefined;
  return Object.prototype.hasOwnProperty.call(pushes, event.Event) ? pushes[event.Event] : undefined;
}

/** validate → authorise → use case → reply, for every action of a function; message pushes to their handler. */
export function createHandler(actions: ActionRegistry, pushes: PushHandlers = {}) {
  return async function main(event: CloudEvent): Promise<Reply<unknown> | 'success'> {
    const push = pushHandlerFor(event, pushes);
    if (push) return push(event);
    const name = typeof event?.action === 'string' ? event.action : '';
    const action = Object.prototype.hasOwnProperty.call(actions, name) ? actions[name] : undefined;
    if (!action) return refuse(new AppError('UNKNOWN_ACTION', `${ERROR_MESSAGES.UNKNOWN_ACTION}：${name || '未指定'}`));
    try {
      const parsed = action.input.safeParse(payloadOf(event ?? {}));
      if (!parsed.success) {
        throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message, fieldIssues(parsed.error));
      }
      const context = await authorise(action.access, callerOpenid());
      const data = await action.run(context as MemberContext, parsed.data);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) return refuse(error);
      console.error(`[${name}] unexpected failure`, error);
      return refuse(new AppError('INTERNAL'));
    }
  };
}
