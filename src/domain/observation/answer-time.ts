/** The two instants (ISO 8601) of an observation that the answer time is measured between. */
export type AnswerTiming = { readonly createdAt: string; readonly firstAnsweredAt: string | null };

const MS_PER_HOUR = 3_600_000;

function instant(iso: string, what: string): number {
  const ms = Date.parse(iso);
  // Stored times are ours; an unreadable one is a bug, not user input.
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not an ISO instant: ${iso}`);
  return ms;
}

/**
 * Hours from filing to first answer, or to now while still unanswered. Never negative:
 * a clock that ran slightly behind on another machine must not show a negative wait.
 */
export function hoursToFirstAnswer(timing: AnswerTiming, now: Date): number {
  const from = instant(timing.createdAt, 'createdAt');
  const to =
    timing.firstAnsweredAt === null
      ? now.getTime()
      : instant(timing.firstAnsweredAt, 'firstAnsweredAt');
  return Math.max(0, to - from) / MS_PER_HOUR;
}

/**
 * Median of hoursToFirstAnswer over a period; unanswered ones count with their wait so far,
 * so that silence raises the median instead of hiding. Null for an empty period.
 */
export function medianHoursToFirstAnswer(
  timings: readonly AnswerTiming[],
  now: Date,
): number | null {
  if (timings.length === 0) return null;
  const hours = timings.map((timing) => hoursToFirstAnswer(timing, now)).sort((a, b) => a - b);
  const middle = Math.floor(hours.length / 2);
  const upper = hours[middle] as number;
  return hours.length % 2 === 1 ? upper : ((hours[middle - 1] as number) + upper) / 2;
}
