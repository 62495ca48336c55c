import { createSqliteStore, type SqliteStore } from '../sqlite';
import type { AppDeps } from '../../app';
import type { DigestDeps } from '../../app/digest';
import { outboxEntries, outboxEntry } from '../../app/digest/testing';
import { createAppDeps, fileAs, testClock, type TestClock } from '../../app/testing';
import { describeDaily, missedTodaysRun, runDaily } from './daily-run';
import { startNotificationScheduler, type NotificationScheduler } from './notification-scheduler';

const HELSINKI = 'Europe/Helsinki';
const settings = { daysBefore: 3, reminderDays: 7 };

describe('missedTodaysRun (08:00 Helsinki)', () => {
  it('is true from 08:00 local time on, in summer and winter time', () => {
    expect(missedTodaysRun(new Date('2026-01-15T05:59:00Z'), HELSINKI)).toBe(false); // 07:59 EET
    expect(missedTodaysRun(new Date('2026-01-15T06:00:00Z'), HELSINKI)).toBe(true); // 08:00 EET
    expect(missedTodaysRun(new Date('2026-07-15T04:59:00Z'), HELSINKI)).toBe(false); // 07:59 EEST
    expect(missedTodaysRun(new Date('2026-07-15T05:00:00Z'), HELSINKI)).toBe(true);
    expect(missedTodaysRun(new Date('2026-07-15T20:59:00Z'), HELSINKI)).toBe(true); // 23:59
  });
});

describe('the daily run and its scheduler (Kainuu, meeting 12 May 2026)', () => {
  let store: SqliteStore;
  let deps: AppDeps & DigestDeps & { clock: TestClock };
  let scheduler: NotificationScheduler | null = null;
  const lines: string[] = [];

  beforeEach(async () => {
    const clock = testClock(new Date('2026-04-28T06:00:00Z'));
    store = createSqliteStore({ file: ':memory:', clock });
    const app = await createAppDeps(store, clock);
    deps = { ...app, outbox: store.outbox, conversations: store.conversations };
    lines.length = 0;
  });
  afterEach(async () => {
    await scheduler?.stop();
    scheduler = null;
    store.close();
  });

  it('on the digest day posts the digest and the reminders, once however often it runs', async () => {
    await fileAs(deps, 'reporter');
    deps.clock.set(new Date('2026-05-09T05:00:00Z')); // Saturday 08:00: digest, no reminders
    const saturday = await runDaily(deps, settings);
    deps.clock.set(new Date('2026-05-11T05:00:00Z')); // Monday
    await runDaily(deps, settings);
    await runDaily(deps, settings);

    expect(describeDaily(saturday)).toBe(
      'RAKE daily notifications: digest for 2026-05-12 (1 observations), 0 reminder(s), 0 enrichment reminder(s)',
    );
    // The filing's own notification to the supervisor aside: the digest and the reminder.
    const sent = (await outboxEntries(store.outbox)).filter(
      (e) => e.notification.kind === 'digest' || e.notification.kind === 'reminder',
    );
    expect(sent.map((e) => e.notification.key)).toEqual([
      'digest:2026-05-12',
      'reminder:u-supervisor:2026-05-11',
    ]);
  });

  it('reads its days at each run, so the admin’s change holds from the next run', async () => {
    await fileAs(deps, 'reporter');
    deps.clock.set(new Date('2026-05-09T04:00:00Z')); // Saturday 07:00: no catch-up
    let current = { ...settings, daysBefore: 5 };
    scheduler = startNotificationScheduler(deps, () => current, { log: (l) => lines.push(l) });
    await scheduler.runNow(); // three days before the meeting of 12 May: not the fifth
    current = { ...settings, daysBefore: 3 };
    await scheduler.runNow();
    expect(lines.map((l) => l.includes('digest for 2026-05-12'))).toEqual([false, true]);
  });

  it('catches up at start after 08:00, not before, and runs daily at 08:00 Helsinki', async () => {
    await fileAs(deps, 'reporter');
    deps.clock.set(new Date('2026-05-09T04:00:00Z')); // 07:00 local: waits
    scheduler = startNotificationScheduler(deps, settings, { log: (l) => lines.push(l) });
    await scheduler.runNow();
    await scheduler.stop();
    expect(lines).toHaveLength(1); // only the explicit run

    deps.clock.set(new Date('2026-05-09T07:00:00Z')); // 10:00 local: catch up
    lines.length = 0;
    scheduler = startNotificationScheduler(deps, settings, { log: (l) => lines.push(l) });
    await scheduler.runNow(); // joins the catch-up run already under way
    expect(lines).toHaveLength(1);
    expect(await outboxEntry(store.outbox, 'digest:2026-05-12')).toBeDefined();

    const next = scheduler.nextRunAt();
    expect(next).not.toBeNull();
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: HELSINKI,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(next ?? new Date(0));
    expect(local).toBe('08:00');
    await scheduler.stop();
    expect(scheduler.nextRunAt()).toBeNull();
  });

  it('reports a failed run instead of throwing', async () => {
    const errors: unknown[] = [];
    const broken = {
      ...deps,
      outbox: { ...store.outbox, enqueue: () => Promise.reject(new Error('disk')) },
    };
    deps.clock.set(new Date('2026-05-09T04:00:00Z'));
    scheduler = startNotificationScheduler(broken, settings, {
      log: (l) => lines.push(l),
      onError: (e) => errors.push(e),
    });
    await fileAs(deps, 'reporter');
    await scheduler.runNow();
    expect(errors).toEqual([new Error('disk')]);
  });
});
