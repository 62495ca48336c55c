import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';

/** A query as far as its waiting and failing show (TanStack Query's result fits). */
export type LoadingQuery = {
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly error: unknown;
  readonly refetch: () => unknown;
};

/** What a query shows while it has nothing else to: a spinner, or its failure with a retry. */
export function LoadState({ query }: { readonly query: LoadingQuery }) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadFailed error={query.error} retry={() => void query.refetch()} />;
  return null;
}
