import { elderModeStore } from '../state/elder-mode';
import { useStore } from './use-store';

export function useElderMode(): boolean {
  return useStore(elderModeStore);
}
