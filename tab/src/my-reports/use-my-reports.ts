import type { ObservationView } from '../api/types';
import { useAsync, type AsyncState } from '../common/use-async';
import { useSession } from '../shell/session';

export function useMyReports(): [AsyncState<readonly ObservationView[]>, () => void] {
  const { api } = useSession();
  return useAsync((signal) => api.mine(signal), [api]);
}

export function useHistory(id: string) {
  const { api } = useSession();
  return useAsync((signal) => api.history(id, signal), [api, id]);
}
