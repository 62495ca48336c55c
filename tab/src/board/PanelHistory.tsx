import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { Timeline } from '../common/Timeline';
import { useAsync } from '../common/use-async';
import { useSession } from '../shell/session';

/** The timeline, reloaded whenever the observation's version moves. */
export function PanelHistory({ id, version }: { id: string; version: number }) {
  const { api } = useSession();
  const [state, reload] = useAsync((signal) => api.history(id, signal), [api, id, version]);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadFailed error={state.error} retry={reload} />;
  return <Timeline entries={state.value} headingLevel={3} />;
}
