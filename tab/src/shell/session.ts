import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';
import type { Me, TabConfig } from '../api/types';
import type { Language } from '../i18n';

/** What every view needs: the API as the signed-in user, who that is, and the county. */
export type Session = {
  readonly api: ApiClient;
  readonly me: Me;
  readonly config: TabConfig;
  readonly language: Language;
};

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}
