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
  [key: string]: unknown;
}

const PLATFORM_FIELDS = ['action', 'userInfo'];

function payloadOf(event: CloudEvent): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    if (!PLATFORM_FIELDS.includes(key)) payload[key] = value;
  }
  return payload;
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

/** validate → authorise → use case → reply, for every action of a function. */
export function createHandler(actions: ActionRegistry) {
  return async function main(event: CloudEvent): Promise<Reply<unknown>> {
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
