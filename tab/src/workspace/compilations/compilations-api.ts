import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import type { Schemas } from '../../api/types';
import { at, workspaceKeys } from '../api';

export type Compilation = Schemas['Compilation'];
export type CompilationSummary = Schemas['CompilationSummary'];
export type CompilationRequest = Schemas['CompilationRequest'];
export type CompiledObservation = Compilation['observations'][number];
export type CompiledPhenomenon = Compilation['phenomena'][number];
export type CountById = Compilation['byServiceArea'][number];

export const compilationsQuery = (api: ApiClient, enabled = true) =>
  queryOptions({
    queryKey: workspaceKeys.compilations,
    queryFn: async ({ signal }) =>
      (await api.read<Schemas['CompilationList']>('/compilations', signal)).items,
    enabled,
  });

/** One compilation: the frozen snapshot, with the enrichment requests made from it (live). */
export const compilationQuery = (api: ApiClient, id: string) =>
  queryOptions({
    queryKey: workspaceKeys.compilation(id),
    queryFn: ({ signal }) => api.read<Compilation>(at('/compilations', id), signal),
  });

export const createCompilation = (api: ApiClient, request: CompilationRequest) =>
  api.write<Compilation>('POST', '/compilations', request);
