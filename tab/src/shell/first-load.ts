import { ApiClient, type Caller } from '../api/client';
import type { StaffMember } from '../api/types';
import { ROUTES } from './use-route';

/**
 * The first load's requests, started as early as each can be, side by side:
 *
 * - outside Teams, the dev identities as soon as the script runs (main.tsx); in Teams there
 *   is none (a dev-mode server answers only on loopback, which Teams cannot frame);
 * - once the caller is known, the workspace's `me` and `config` and, when the form opens
 *   first, the staff list for its co-reporter picker, all at once.
 *
 * Their answers wait (api/early.ts) until the components that read them ask.
 */

let identities: Promise<readonly StaffMember[]> | null = null;

/**
 * Asks for the dev identities, and as soon as they are there starts the workspace's reads for
 * the one `choose` picks (the same one use-identity.ts will pick), without waiting for React.
 */
export function prefetchIdentities(
  choose: (list: readonly StaffMember[]) => StaffMember | null,
): void {
  if (identities !== null) return;
  identities = new ApiClient('fi', null).devIdentities();
  identities.then(
    (list) => {
      const chosen = choose(list);
      if (chosen) prefetchWorkspace(chosen);
    },
    () => undefined,
  );
}

/** The identities request started by prefetchIdentities, once; null if none. */
export function takeIdentities(): Promise<readonly StaffMember[]> | null {
  const started = identities;
  identities = null;
  return started;
}

function opensWithForm(): boolean {
  const view = window.location.hash.replace(/^#\/?/, '');
  return view === 'new' || !(ROUTES as readonly string[]).includes(view);
}

/** Starts what the workspace reads first for this caller (see Workspace.tsx and the form). */
export function prefetchWorkspace(caller: NonNullable<Caller>): void {
  // The language only words errors, and a failed early answer is asked for again.
  new ApiClient('fi', caller).prefetch(['/me', '/config', ...(opensWithForm() ? ['/staff'] : [])]);
}
