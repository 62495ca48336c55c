import type { StaffMember } from '../api/types';
import { useAsync, type AsyncState } from '../common/use-async';
import { useSession } from '../shell/session';

const NONE: readonly StaffMember[] = [];

/** Supervisors of the chosen service area (nothing until one is chosen). */
export function useSupervisors(serviceArea: string): AsyncState<readonly StaffMember[]> {
  const { api } = useSession();
  const [state] = useAsync(
    (signal) =>
      serviceArea ? api.staff({ role: 'supervisor', serviceArea }, signal) : Promise.resolve(NONE),
    [api, serviceArea],
  );
  return state;
}

/** Everyone who can be named a co-reporter: all staff but the reporter. */
export function useColleagues(): AsyncState<readonly StaffMember[]> {
  const { api, me } = useSession();
  const [state] = useAsync(
    async (signal) => (await api.staff({}, signal)).filter((s) => s.id !== me.id),
    [api, me.id],
  );
  return state;
}
