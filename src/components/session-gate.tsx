import type { ReactNode } from 'react';
import type { MyProfile } from '@contract/user';
import { useSession } from '../hooks/use-session';
import { startSession } from '../state/session';
import { ErrorState, LoadingState } from './page-state/page-state';

/** Shows loading / error-with-retry until the session has a profile, then renders with it. */
export function SessionGate({ children }: { children: (profile: MyProfile) => ReactNode }) {
  const session = useSession();
  if (session.profile) return <>{children(session.profile)}</>;
  if (session.status === 'error') {
    return <ErrorState error={session.error} onRetry={() => void startSession()} />;
  }
  return <LoadingState text="正在登录…" />;
}
