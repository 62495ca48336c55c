import type { ApiClient, Tagged } from '../api/client';
import type { Schemas } from '../api/types';

/*
 * The observation panel's calls to the RAKE workspace, through ApiClient's generic read and
 * write, and the TanStack Query keys they are cached under. `['phenomena']` is shared with
 * the workspace view: whoever links, unlinks or creates invalidates it.
 */

export type Phenomenon = Schemas['Phenomenon'];
export type ObservationWithOutcome = Schemas['ObservationWithOutcome'];
export type LinkedPhenomenon = ObservationWithOutcome['phenomena'][number];

/** GET /api/observations/{id}/phenomenon-suggestions: at most three, best first. */
export type PhenomenonSuggestion = Schemas['PhenomenonSuggestions']['items'][number];
/** GET /api/observations/{id}/similar: near-duplicates the caller may see, best first. */
export type SimilarObservation = Schemas['SimilarObservations']['items'][number];

export const phenomenaKey = ['phenomena'] as const;
/** The observation with its ETag and what it led to (the panel's own load). */
export const observationKey = (id: string) => ['observations', id] as const;
export const suggestionsKey = (id: string) => ['observations', id, 'suggestions'] as const;
export const similarKey = (id: string) => ['observations', id, 'similar'] as const;

const observationPath = (id: string) => `/observations/${encodeURIComponent(id)}`;
const linkPath = (phenomenonId: string, observationId: string) =>
  `/phenomena/${encodeURIComponent(phenomenonId)}/observations/${encodeURIComponent(observationId)}`;

/** The ETag is the version in quotes (docs/api.md); rebuilt if a proxy dropped the header. */
export async function readObservation(
  api: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<Tagged<ObservationWithOutcome>> {
  const tagged = await api.readTagged<ObservationWithOutcome>(observationPath(id), signal);
  return { value: tagged.value, etag: tagged.etag ?? `"${tagged.value.version}"` };
}

export async function listPhenomena(api: ApiClient, signal?: AbortSignal): Promise<Phenomenon[]> {
  return (await api.read<{ items: Phenomenon[] }>('/phenomena', signal)).items;
}

export async function phenomenonSuggestions(
  api: ApiClient,
  observationId: string,
  signal?: AbortSignal,
): Promise<readonly PhenomenonSuggestion[]> {
  const path = `${observationPath(observationId)}/phenomenon-suggestions`;
  return (await api.read<Schemas['PhenomenonSuggestions']>(path, signal)).items;
}

export async function similarObservations(
  api: ApiClient,
  observationId: string,
  signal?: AbortSignal,
): Promise<readonly SimilarObservation[]> {
  const path = `${observationPath(observationId)}/similar`;
  return (await api.read<Schemas['SimilarObservations']>(path, signal)).items;
}

export async function linkObservation(
  api: ApiClient,
  phenomenonId: string,
  observationId: string,
): Promise<void> {
  await api.write('PUT', linkPath(phenomenonId, observationId));
}

export async function unlinkObservation(
  api: ApiClient,
  phenomenonId: string,
  observationId: string,
): Promise<void> {
  await api.write('DELETE', linkPath(phenomenonId, observationId));
}

export async function createPhenomenon(
  api: ApiClient,
  draft: Schemas['PhenomenonDraft'],
): Promise<Phenomenon> {
  return (await api.write<Phenomenon>('POST', '/phenomena', draft)).value;
}
