import type { IndicatorId } from '../county/county-config';

/** One piece of evidence: a period and its count, a meeting's date, a publication's link. */
export type IndicatorEvidenceItem = {
  readonly label: string;
  readonly value?: number;
  /** yyyy-mm-dd. */
  readonly date?: string;
  readonly url?: string;
};

/**
 * One goal of the implementation plan's follow-up (Kymenlaakso §8) for a year: achieved or
 * not, and what shows it, in the language asked for.
 */
export type Indicator = {
  readonly id: IndicatorId;
  readonly label: string;
  readonly achieved: boolean;
  readonly evidence: {
    readonly summary: string;
    readonly items: readonly IndicatorEvidenceItem[];
  };
};
