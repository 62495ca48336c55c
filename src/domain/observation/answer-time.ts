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

/**
 * The answer times of one period (and board scope) kept up to date as filings and first
 * answers land, so that the board's median needs no rereading of the period's observations
 * (12,000 of them in a county's busy quarter). `medianHours(now)` equals
 * medianHoursToFirstAnswer over the same timings at the same `now`, to the last bit: the
 * answered ones are kept as sorted durations, the unanswered ones as sorted filing instants
 * (their waits, `now` minus those, come out sorted the other way round), and the median is
 * picked from the two sorted lists without merging them.
 */
export type AnswerTimeTally = {
  /** Observations counted. */
  readonly size: number;
  /** Counts one more observation, answered or not. */
  add(timing: AnswerTiming): void;
  /**
   * The first answer to an unanswered observation filed at `createdAt` came at
   * `firstAnsweredAt`. False, changing nothing, when no unanswered one was filed then: the
   * tally did not know the observation as unanswered, so the caller must not trust it.
   */
  answer(createdAt: string, firstAnsweredAt: string): boolean;
  medianHours(now: Date): number | null;
};

/** Index of the first element ≥ value (or > value with `after`) in an ascending array. */
function searchSorted(sorted: readonly number[], value: number, after = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = sorted[mid] as number;
    if (x < value || (after && x === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const insertSorted = (sorted: number[], value: number): void => {
  const at = searchSorted(sorted, value, true);
  if (at === sorted.length) sorted.push(value);
  else sorted.splice(at, 0, value);
};

/**
 * The k-th smallest (0-based) of two ascending sequences given by length and accessor:
 * binary search on how many of the k + 1 smallest come from the first.
 */
function kthOfTwo(
  k: number,
  lengthA: number,
  a: (i: number) => number,
  lengthB: number,
  b: (j: number) => number,
): number {
  let lo = Math.max(0, k + 1 - lengthB);
  let hi = Math.min(k + 1, lengthA);
  while (lo < hi) {
    const i = (lo + hi) >>> 1;
    // Taking i from A: if A's i-th is below B's last taken, more must come from A.
    if (a(i) < b(k - i)) lo = i + 1;
    else hi = i;
  }
  const fromA = lo > 0 ? a(lo - 1) : -Infinity;
  const fromB = k + 1 - lo > 0 ? b(k - lo) : -Infinity;
  return Math.max(fromA, fromB);
}

export function answerTimeTally(timings: readonly AnswerTiming[] = []): AnswerTimeTally {
  /** Answered: first answer minus filing, ms, never negative; ascending. */
  const answered: number[] = [];
  /** Unanswered: filing instants, ms; ascending. */
  const waiting: number[] = [];
  for (const timing of timings) {
    const from = instant(timing.createdAt, 'createdAt');
    if (timing.firstAnsweredAt === null) waiting.push(from);
    else answered.push(Math.max(0, instant(timing.firstAnsweredAt, 'firstAnsweredAt') - from));
  }
  answered.sort((x, y) => x - y);
  waiting.sort((x, y) => x - y);

  return {
    get size() {
      return answered.length + waiting.length;
    },
    add(timing) {
      const from = instant(timing.createdAt, 'createdAt');
      if (timing.firstAnsweredAt === null) insertSorted(waiting, from);
      else {
        const to = instant(timing.firstAnsweredAt, 'firstAnsweredAt');
        insertSorted(answered, Math.max(0, to - from));
      }
    },
    answer(createdAt, firstAnsweredAt) {
      const from = instant(createdAt, 'createdAt');
      const to = instant(firstAnsweredAt, 'firstAnsweredAt');
      const at = searchSorted(waiting, from);
      if (waiting[at] !== from) return false;
      waiting.splice(at, 1);
      insertSorted(answered, Math.max(0, to - from));
      return true;
    },
    medianHours(now) {
      const total = answered.length + waiting.length;
      if (total === 0) return null;
      const nowMs = now.getTime();
      const last = waiting.length - 1;
      // The j-th shortest wait belongs to the j-th latest filing.
      const wait = (j: number): number => Math.max(0, nowMs - (waiting[last - j] as number));
      const done = (i: number): number => answered[i] as number;
      const hoursAt = (k: number): number =>
        kthOfTwo(k, answered.length, done, waiting.length, wait) / MS_PER_HOUR;
      const middle = Math.floor(total / 2);
      const upper = hoursAt(middle);
      return total % 2 === 1 ? upper : (hoursAt(middle - 1) + upper) / 2;
    },
  };
}
