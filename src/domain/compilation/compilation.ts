import type { ObservationKind } from '../observation/observation';
import type { Status } from '../lifecycle/status';

export type CountById = { readonly id: string; readonly count: number };

/** An observation as a compilation keeps it: what the counts and groups need, no reporter. */
export type CompiledObservation = {
  readonly id: string;
  readonly kind: ObservationKind;
  readonly status: Status;
  readonly serviceArea: string;
  readonly municipality: string;
  readonly topic: string;
  readonly targetGroup: string;
  readonly createdAt: string;
  readonly excerpt: string;
  readonly phenomenonIds: readonly string[];
};

export type CompiledPhenomenon = {
  readonly id: string;
  readonly title: string;
  readonly count: number;
  /** Linked observations of the same length of time just before. */
  readonly previousCount: number;
  readonly observationIds: readonly string[];
};

/** What a compilation covers: a county period or two dates, optionally one service area. */
export type CompilationScope = {
  /** The county period (2026-Q4, 2026-H2) when made for one; null for from/to dates. */
  readonly period: string | null;
  /** yyyy-mm-dd, both days included. */
  readonly from: string;
  readonly to: string;
  readonly previousFrom: string;
  readonly previousTo: string;
  readonly serviceArea: string | null;
};

/**
 * A compilation (kooste) of a period: a frozen snapshot, made once. Later filings and edits
 * do not change it; a new compilation is a new record.
 */
export type Compilation = CompilationScope & {
  readonly id: string;
  readonly total: number;
  readonly byServiceArea: readonly CountById[];
  readonly byMunicipality: readonly CountById[];
  readonly byTopic: readonly CountById[];
  readonly byKind: readonly CountById[];
  readonly byTargetGroup: readonly CountById[];
  readonly byStatus: readonly CountById[];
  /** How many had had feedback (a first move) when the compilation was made. */
  readonly answered: number;
  /** Median of the days from filing to the first feedback, of those answered; null: none. */
  readonly medianDaysToFirstFeedback: number | null;
  readonly phenomena: readonly CompiledPhenomenon[];
  readonly observations: readonly CompiledObservation[];
  readonly createdBy: string;
  readonly createdByName: string;
  readonly createdAt: string;
};

/** A compilation without its observations: what a list of compilations shows. */
export type CompilationSummary = Omit<Compilation, 'observations' | 'phenomena'> & {
  readonly phenomenonCount: number;
};

export const summaryOf = ({
  observations: _o,
  phenomena,
  ...rest
}: Compilation): CompilationSummary => ({
  ...rest,
  phenomenonCount: phenomena.length,
});
