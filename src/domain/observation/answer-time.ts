import type { Observation } from './observation';

export type AnswerTiming = { readonly createdAt: string; readonly firstAnsweredAt: string | null };

/** Hours from filing to first answer, or to now while still unanswered. */
export function hoursToFirstAnswer(timing: AnswerTiming, now: Date): number {
  throw new Error('not implemented yet');
}

/**
 * Median of hoursToFirstAnswer over a period; unanswered ones count with their wait so far,
 * so that silence raises the median instead of hiding. Null for an empty period.
 */
export function medianHoursToFirstAnswer(timings: readonly AnswerTiming[], now: Date): number | null {
  throw new Error('not implemented yet');
}

