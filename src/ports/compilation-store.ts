import type { Compilation, CompilationSummary } from '../domain/compilation/compilation';

/**
 * Compilations (koosteet): frozen snapshots, written once and never changed. One can hold
 * thousands of observations. Implemented by the SQLite and the SharePoint store; both pass
 * `compilation-store.contract.ts`.
 */
export interface CompilationStore {
  create(compilation: Compilation): Promise<void>;
  /** The whole snapshot, exactly as created. */
  get(id: string): Promise<Compilation | null>;
  /** Every compilation without its observations, newest first (`createdAt`, then `id`). */
  list(): Promise<readonly CompilationSummary[]>;
}
