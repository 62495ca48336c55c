import { isCounted } from '../../domain/lifecycle/status';
import { AWAITING_SUPERVISOR } from '../../domain/notification/reminder';
import type { Observation } from '../../domain/observation/observation';
import type { BoardQuery, ObservationStore } from '../../ports';

/** Rows per store round trip while collecting. */
const PAGE = 200;
/**
 * A bound on one collection: a digest covers a few months of one county (hundreds of
 * observations), so reaching this means something is wrong, not that the county is busy.
 */
export const COLLECT_LIMIT = 10_000;

const DAY_MS = 86_400_000;

/**
 * Every observation filed on or after local date `since`, whatever its status but withdrawn
 * (the reporter took it back: nothing for the RAKE group). The board
 * query (newest first) is read until it passes the date; a day of slack covers any time
 * zone, and the domain filters by the county's calendar exactly.
 */
export async function observationsSince(
  store: ObservationStore,
  since: string,
): Promise<Observation[]> {
  const bound = new Date(Date.parse(`${since}T00:00:00.000Z`) - DAY_MS).toISOString();
  return collect(store, { scope: { kind: 'all' }, limit: PAGE }, (o) => o.createdAt >= bound);
}

/** Observations still in a supervisor's hands (received, in review), county-wide. */
export function observationsAwaitingSupervisor(store: ObservationStore): Promise<Observation[]> {
  return collect(
    store,
    { scope: { kind: 'all' }, status: AWAITING_SUPERVISOR, limit: PAGE },
    () => true,
  );
}

/** Pages through the board while `keep` holds for the newest-first rows. */
async function collect(
  store: ObservationStore,
  query: BoardQuery,
  keep: (o: Observation) => boolean,
): Promise<Observation[]> {
  const out: Observation[] = [];
  let cursor: string | undefined;
  while (out.length < COLLECT_LIMIT) {
    const page = await store.listBoard({ ...query, cursor });
    for (const observation of page.items) {
      if (!keep(observation)) return out;
      if (isCounted(observation)) out.push(observation);
    }
    if (page.nextCursor === null) return out;
    cursor = page.nextCursor;
  }
  return out;
}
