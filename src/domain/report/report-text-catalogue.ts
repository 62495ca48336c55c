import type { ObservationKind } from '../observation/observation';
import type { PhenomenonLevel, StructuralForm } from '../phenomenon/phenomenon';
import type { ProposalStatus } from '../proposal/proposal';

/** The lists a count can be broken down by; the figures' names follow them. */
export type Dimension = 'serviceArea' | 'municipality' | 'topic' | 'kind' | 'targetGroup';

export type SectionKey =
  | 'counts'
  | 'phenomena'
  | 'feedback'
  | 'situation'
  | 'effects'
  | 'prevalence'
  | 'proposals'
  | 'workshops'
  | 'trends'
  | 'decisions'
  | 'actions'
  | 'indicators'
  | 'evaluation';

/** A label with its count as the text may show it ("Kajaani", "120" or "alle 5"). */
export type Named = { readonly label: string; readonly shown: string };

export type ProposalLine = {
  readonly title: string;
  readonly status: string;
  readonly decisionBody: string;
  readonly decision: { readonly on: string; readonly text: string } | null;
};

/**
 * Every word a generated report says, in one language. Counts and dates arrive formatted
 * (Finnish format in every language); a function picks the grammatical form by the count.
 */
export type ReportTexts = {
  readonly fewerThanFive: string;
  readonly observations: (count: number) => string;
  readonly kinds: Readonly<Record<ObservationKind, string>>;
  readonly proposalStatuses: Readonly<Record<ProposalStatus, string>>;
  readonly forms: Readonly<Record<StructuralForm, string>>;
  readonly levels: Readonly<Record<PhenomenonLevel, string>>;
  readonly headings: Readonly<Record<SectionKey, string>>;
  /** Column headings: the list's name, and the months and phenomena of a figure. */
  readonly columns: Readonly<Record<Dimension | 'month' | 'phenomenon' | 'count', string>>;
  /** The list's name inside a sentence ("kunta"). */
  readonly dimensions: Readonly<Record<Dimension, string>>;
  readonly figureTitles: Readonly<Record<Dimension | 'month' | 'phenomena', string>>;

  readonly mostCommon: (items: readonly (Named & { readonly dimension: string })[]) => string;
  readonly kindsSentence: (shown: Readonly<Record<ObservationKind, string>>) => string;
  readonly phenomenonLine: (title: string, count: number, previous: number | null) => string;
  readonly proposalLine: (line: ProposalLine) => string;

  readonly compilation: {
    readonly introduction: (range: string, serviceArea: string | null, madeOn: string) => string;
    readonly counts: (range: string, total: string, count: number) => string;
    readonly phenomena: (count: number) => string;
    readonly feedback: (answered: string, total: string, share: string | null) => string;
    readonly medianDays: (days: string) => string;
    readonly noFeedback: string;
  };
  readonly phenomenon: {
    readonly introduction: (title: string, total: string, count: number, range: string) => string;
    readonly formsSentence: (forms: string) => string;
    readonly levelSentence: (level: string) => string;
    readonly firstAndLast: (first: string, last: string) => string;
    readonly effectsPrompt: string;
    readonly prevalence: (serviceAreas: number, municipalities: number) => string;
    readonly proposals: (count: number) => string;
  };
  readonly annual: {
    readonly introduction: (year: number) => string;
    readonly total: (year: number, total: string, count: number) => string;
    readonly previousYear: (previous: string, change: string | null) => string;
    /** When the previous year has no observations to compare with. */
    readonly noPreviousYear: string;
    /** The month or months (yyyy-mm, tied at the top) with the most observations, and how many. */
    readonly busiestMonth: (months: readonly string[], count: number) => string;
    readonly phenomena: (count: number) => string;
    readonly decisions: (count: number) => string;
    readonly action: (title: string, result: string, on: string) => string;
    readonly noActions: (year: number) => string;
    readonly indicator: (label: string, achieved: boolean, summary: string) => string;
    readonly noIndicators: string;
    readonly evaluation: (achieved: number, of: number) => string;
    readonly evaluationPrompt: string;
  };
  readonly published: {
    readonly contents: string;
    readonly introduction: string;
    readonly total: string;
    readonly figure: string;
    readonly table: string;
    readonly madeOn: (date: string, version: number) => string;
    readonly charts: Readonly<Record<'bar' | 'line', string>>;
    /** The largest and the smallest drawn count; a label may list the rows that share it. */
    readonly extremes: (most: Named, least: Named) => string;
    /** Every drawn row has the same count. */
    readonly allEqual: (shown: string) => string;
    /** Only one row is drawn. */
    readonly only: (row: Named) => string;
    /** The word that joins the last two of a list ("ja"). */
    readonly and: string;
    readonly noData: string;
    readonly totalSentence: (shown: string) => string;
    readonly suppressedDescription: string;
    readonly note: (secondary: boolean) => string;
  };
};

/** What a cell suppressed only to protect another (secondary suppression) shows. */
export const HIDDEN_COUNT = '–';
