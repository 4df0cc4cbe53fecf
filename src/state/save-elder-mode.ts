import type { ReplyError } from '@contract/reply';
import { updateProfile } from '../services/users';
import { applyElderMode, elderModeStore } from './elder-mode';
import { acceptProfile } from './session';

/** Applies at once, then saves on the profile; reverts when the save fails. */
export async function saveElderMode(on: boolean): Promise<ReplyError | null> {
  const before = elderModeStore.get();
  applyElderMode(on);
  const reply = await updateProfile({ elderMode: on });
  if (reply.ok) {
    acceptProfile(reply.data);
    return null;
  }
  applyElderMode(before);
  return reply.error;
}
