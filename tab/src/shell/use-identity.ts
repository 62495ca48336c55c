import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiClient, type BearerTokens } from '../api/client';
import { isApiError } from '../api/errors';
import type { StaffMember } from '../api/types';
import { storage } from '../common/storage';
import { prefetchWorkspace, takeIdentities } from './first-load';
import { teamsTokens } from './sso';
import { setUrlParam, urlParam } from './url-params';

const STORAGE_KEY = 'rake.actingAs';

export type IdentityState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly retry: () => void }
  /** Not dev mode, outside Teams: nobody is signed in (the API answers 401). */
  | { readonly status: 'host' }
  /** Not dev mode, in Teams: Teams single sign-on tokens on every call. */
  | { readonly status: 'sso'; readonly tokens: BearerTokens }
  | {
      readonly status: 'dev';
      readonly identities: readonly StaffMember[];
      readonly current: StaffMember | null;
      readonly choose: (id: string) => void;
    };

export function initialChoice(identities: readonly StaffMember[]): StaffMember | null {
  const wanted = urlParam('as') ?? storage.get(STORAGE_KEY);
  return identities.find((i) => i.id === wanted) ?? identities[0] ?? null;
}

/**
 * Who the tab acts as. A server in dev mode lists identities for the "acting as" picker
 * (GET /api/dev/identities); any other server answers 404, and then in Teams the user is
 * signed in with Teams SSO.
 */
export function useIdentity(inTeams: boolean): IdentityState {
  const tokens = useMemo(() => (inTeams ? teamsTokens() : null), [inTeams]);
  const [identities, setIdentities] = useState<readonly StaffMember[] | null>(null);
  const [current, setCurrent] = useState<StaffMember | null>(null);
  const [status, setStatus] = useState<'loading' | 'failed' | 'host' | 'dev'>('loading');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // In Teams: Teams sign-in, no dev identities to ask for (see first-load.ts).
    if (tokens) {
      prefetchWorkspace(tokens);
      setStatus('host');
      return;
    }
    const controller = new AbortController();
    const started = attempt === 0 ? takeIdentities() : null;
    (started ?? new ApiClient('fi', null).devIdentities(controller.signal))
      .then((list) => {
        if (controller.signal.aborted) return;
        const chosen = initialChoice(list);
        if (chosen) {
          storage.set(STORAGE_KEY, chosen.id);
          // An identities request started early has started these too (first-load.ts).
          if (started === null) prefetchWorkspace(chosen);
        }
        setIdentities(list);
        setCurrent(chosen);
        setStatus('dev');
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setStatus(isApiError(e) && (e.status === 404 || e.status === 403) ? 'host' : 'failed');
      });
    return () => controller.abort();
  }, [attempt, tokens]);

  const choose = useCallback(
    (id: string) => {
      const next = identities?.find((i) => i.id === id) ?? null;
      if (next) {
        storage.set(STORAGE_KEY, next.id);
        // `?as=` wins over the stored choice on load, so it must follow the picker.
        setUrlParam('as', next.id);
        setCurrent(next);
      }
    },
    [identities],
  );
  const retry = useCallback(() => {
    setStatus('loading');
    setAttempt((n) => n + 1);
  }, []);

  if (status === 'dev' && identities) return { status, identities, current, choose };
  if (status === 'failed') return { status, retry };
  if (status === 'host') return tokens ? { status: 'sso', tokens } : { status };
  return { status: 'loading' };
}
