import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../shell/session';
import { workspaceKeys } from '../api';
import {
  compilationQuery,
  compilationsQuery,
  createCompilation,
  type Compilation,
  type CompilationRequest,
} from './compilations-api';

export function useCompilations(enabled = true) {
  const { api } = useSession();
  return useQuery(compilationsQuery(api, enabled));
}

export function useCompilation(id: string | null) {
  const { api } = useSession();
  return useQuery({ ...compilationQuery(api, id ?? ''), enabled: id !== null });
}

/** Makes a compilation: a new frozen record, shown at once and added to the list. */
export function useCreateCompilation() {
  const { api } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CompilationRequest) => createCompilation(api, request),
    onSuccess: async ({ value }) => {
      queryClient.setQueryData<Compilation>(workspaceKeys.compilation(value.id), {
        ...value,
        enrichments: [],
      });
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.compilations, exact: true });
    },
  });
}
