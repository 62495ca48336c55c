import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEditWorkspace } from '../../../src/domain/policy/workspace-policy';
import type { Tagged } from '../api/client';
import { errorText } from '../common/error-text';
import type { LiveMessageValue } from '../common/LiveMessage';
import { useSession } from '../shell/session';
import {
  createPhenomenon,
  linkObservation,
  listPhenomena,
  observationKey,
  phenomenaKey,
  phenomenonSuggestions,
  suggestionsKey,
  unlinkObservation,
  type LinkedPhenomenon,
  type ObservationWithOutcome,
  type PhenomenonSuggestion,
} from './phenomena-api';

/** Where the focus goes once a change has landed (the control that was used may be gone). */
export type FocusRequest =
  { readonly kind: 'linked'; readonly phenomenonId: string } | { readonly kind: 'linkedHeading' };

type Change =
  | { readonly kind: 'link'; readonly phenomenon: LinkedPhenomenon }
  | { readonly kind: 'unlink'; readonly phenomenon: LinkedPhenomenon }
  | { readonly kind: 'create'; readonly title: string; readonly description: string };

/**
 * The phenomena an observation is linked to, the suggested ones, and the changes a RAKE
 * member makes: link (a suggestion or any phenomenon), unlink, and create-and-link.
 */
export function usePanelPhenomena(observation: ObservationWithOutcome) {
  const { api, me } = useSession();
  const { t } = useTranslation();
  const client = useQueryClient();
  const id = observation.id;
  const canWrite = canEditWorkspace(me);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);

  const suggestions = useQuery({
    queryKey: suggestionsKey(id),
    queryFn: ({ signal }) => phenomenonSuggestions(api, id, signal),
  });
  // Only writers pick from the whole list; readers see what is linked and suggested.
  const phenomena = useQuery({
    queryKey: phenomenaKey,
    queryFn: ({ signal }) => listPhenomena(api, signal),
    enabled: canWrite,
  });

  /** The observation's cached links, changed at once so the list follows the click. */
  const setLinked = (update: (linked: readonly LinkedPhenomenon[]) => LinkedPhenomenon[]) =>
    client.setQueryData<Tagged<ObservationWithOutcome>>(observationKey(id), (old) =>
      old ? { ...old, value: { ...old.value, phenomena: update(old.value.phenomena) } } : old,
    );

  const change = useMutation({
    mutationFn: async (c: Change): Promise<LinkedPhenomenon> => {
      if (c.kind === 'unlink') {
        await unlinkObservation(api, c.phenomenon.id, id);
        return c.phenomenon;
      }
      const target =
        c.kind === 'link'
          ? c.phenomenon
          : await createPhenomenon(api, {
              title: c.title,
              ...(c.description ? { description: c.description } : {}),
            });
      await linkObservation(api, target.id, id);
      return { id: target.id, title: target.title };
    },
    onSuccess: (done, c) => {
      if (c.kind === 'unlink') {
        setLinked((linked) => linked.filter((p) => p.id !== done.id));
        setFocus({ kind: 'linkedHeading' });
      } else {
        setLinked((linked) => [...linked.filter((p) => p.id !== done.id), done]);
        client.setQueryData<readonly PhenomenonSuggestion[]>(suggestionsKey(id), (old) =>
          old?.filter((s) => s.phenomenonId !== done.id),
        );
        setFocus({ kind: 'linked', phenomenonId: done.id });
      }
      const key = c.kind === 'unlink' ? 'unlinked' : c.kind === 'link' ? 'linked' : 'created';
      setMessage({ intent: 'success', text: t(`phenomenaPanel.${key}`, { title: done.title }) });
    },
    onError: (error) => setMessage({ intent: 'error', text: errorText(error, t) }),
    onSettled: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: phenomenaKey }),
        client.invalidateQueries({ queryKey: observationKey(id), exact: true }),
        client.invalidateQueries({ queryKey: suggestionsKey(id) }),
      ]);
    },
  });

  /** Whether the change was made (its failure is in `message`). */
  const run = (c: Change): Promise<boolean> =>
    change.mutateAsync(c).then(
      () => true,
      () => false,
    );

  const linkedIds = new Set(observation.phenomena.map((p) => p.id));
  return {
    canWrite,
    linked: observation.phenomena,
    suggestions,
    /** Suggestions not linked in the meantime (the server leaves linked ones out too). */
    offered: (suggestions.data ?? []).filter((s) => !linkedIds.has(s.phenomenonId)),
    /** The phenomena one may still link this observation to, by title. */
    others: (phenomena.data ?? [])
      .filter((p) => !linkedIds.has(p.id))
      .sort((a, b) => a.title.localeCompare(b.title, 'fi')),
    phenomena,
    busy: change.isPending,
    link: (phenomenon: LinkedPhenomenon) => run({ kind: 'link', phenomenon }),
    unlink: (phenomenon: LinkedPhenomenon) => run({ kind: 'unlink', phenomenon }),
    create: (title: string, description: string) => run({ kind: 'create', title, description }),
    message,
    focus,
    focusDone: () => setFocus(null),
  };
}

export type PanelPhenomenaState = ReturnType<typeof usePanelPhenomena>;
