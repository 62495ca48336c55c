import { Cron } from 'croner';
import type { DigestDeps, DigestSettings } from '../../app/digest';
import { DAILY_HOUR, describeDaily, missedTodaysRun, runDaily } from './daily-run';

export type SchedulerOptions = {
  /** Where the daily outcome and failures are told; console by default. */
  readonly log?: (line: string) => void;
  readonly onError?: (error: unknown) => void;
  /** Catch up at start when today's run time has passed (default true). */
  readonly catchUp?: boolean;
};

export type NotificationScheduler = {
  /** When the next daily run is due; null once stopped. */
  nextRunAt(): Date | null;
  /** Runs the day's work now (tests, catch-up); the same work the timer does. */
  runNow(): Promise<void>;
  /** No more runs; resolves when a run under way has finished (before the store closes). */
  stop(): Promise<void>;
};

/**
 * The daily job, at 08:00 in the county's time zone (croner handles the zone and DST). The
 * decisions live in the app and domain and are tested there with a clock; this only says when.
 */
export function startNotificationScheduler(
  deps: DigestDeps,
  /** A function: read at each run, so the admin's change of days holds from the next run. */
  settings: DigestSettings | (() => DigestSettings),
  options: SchedulerOptions = {},
): NotificationScheduler {
  const settingsNow = typeof settings === 'function' ? settings : () => settings;
  const log = options.log ?? ((line: string) => console.log(line));
  const onError =
    options.onError ??
    ((error: unknown) => console.error('RAKE daily notifications failed:', error));
  let running: Promise<void> | null = null;

  // One run at a time: a slow run and a catch-up never overlap (the keys would make an
  // overlap harmless, but it would read the store twice for nothing).
  const runNow = (): Promise<void> =>
    (running ??= runDaily(deps, settingsNow())
      .then((outcome) => log(describeDaily(outcome)))
      .catch(onError)
      .finally(() => {
        running = null;
      }));

  const job = new Cron(
    `0 ${DAILY_HOUR} * * *`,
    // unref: the HTTP server keeps the process alive; the timer alone must not.
    { timezone: deps.county.timeZone, unref: true, name: 'rake-daily-notifications' },
    () => runNow(),
  );

  if (options.catchUp !== false && missedTodaysRun(deps.clock.now(), deps.county.timeZone)) {
    void runNow();
  }

  return {
    nextRunAt: () => job.nextRun(),
    runNow,
    stop: async () => {
      job.stop();
      await running;
    },
  };
}
