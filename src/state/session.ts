import type { ReplyError } from '@contract/reply';
import type { MyProfile } from '@contract/user';
import * as users from '../services/users';
import { applyElderMode } from './elder-mode';
import { refreshUnread, resetUnread } from './inbox';
import { createStore } from './store';

export type SessionState =
  | { status: 'loading'; profile: MyProfile | null; error: null }
  | { status: 'ready'; profile: MyProfile; error: null }
  | { status: 'error'; profile: MyProfile | null; error: ReplyError };

export const sessionStore = createStore<SessionState>({ status: 'loading', profile: null, error: null });

/** The server's copy of the profile is the truth; the elder-mode preference follows it. */
export function acceptProfile(profile: MyProfile): void {
  applyElderMode(profile.elderMode);
  sessionStore.set({ status: 'ready', profile, error: null });
}

async function load(call: typeof users.login): Promise<void> {
  sessionStore.set({ status: 'loading', profile: sessionStore.get().profile, error: null });
  const reply = await call();
  if (reply.ok) {
    acceptProfile(reply.data);
    if (reply.data.registered) void refreshUnread(true);
  } else sessionStore.set({ status: 'error', profile: sessionStore.get().profile, error: reply.error });
}

/** On launch: logging in creates a resident on the first visit. */
export const startSession = (): Promise<void> => load(users.login);

export const refreshSession = (): Promise<void> => load(users.me);

/** A different identity (h5 demo picker): forget everything and log in again. */
export function restartSession(): Promise<void> {
  sessionStore.set({ status: 'loading', profile: null, error: null });
  resetUnread();
  return startSession();
}
