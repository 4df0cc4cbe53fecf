import { sessionStore, type SessionState } from '../state/session';
import { useStore } from './use-store';

export function useSession(): SessionState {
  return useStore(sessionStore);
}
