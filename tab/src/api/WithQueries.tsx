import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { useSession } from '../shell/session';
import { queryClient } from './query-client';

/**
 * Gives a lazily loaded view the tab's shared query cache (see query-client.ts). The cache
 * holds what one person may see in one language: when the signed-in person or the language
 * changes (the dev identity picker, Teams' locale), it is emptied.
 */
export function WithQueries({ children }: { readonly children: ReactNode }) {
  const { me, language } = useSession();
  const owner = `${me.id}|${language}`;
  const previous = useRef(owner);
  useEffect(() => {
    if (previous.current === owner) return;
    previous.current = owner;
    queryClient.clear();
  }, [owner]);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
