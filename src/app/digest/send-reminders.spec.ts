import { createSqliteStore } from '../../adapters/sqlite';
import { transitionObservation } from '../transition-observation';
import { actor, fileAs, withNamedSupervisors } from '../testing';
import { sendDueReminders } from './send-reminders';
import { outboxEntries, outboxEntry, useDigestDeps } from './testing';

describe('sendDueReminders (7 days)', () => {
  const { deps, store } = useDigestDeps((clock) => createSqliteStore({ file: ':memory:', clock }));

  // The outbox also holds the filings' own notifications to supervisors: only reminders count.
  const keys = async () =>
    (await outboxEntries(store().outbox))
      .filter((e) => e.notification.kind === 'reminder')
      .map((e) => e.notification.key);

  it('reminds the service area’s supervisor once a day of what waited over a week', async () => {
    await fileAs(deps(), 'reporter'); // adult_social_work → Sirpa Esimies
    deps().clock.set(new Date('2026-03-18T06:00:00Z')); // Wednesday, 08:00 in Helsinki

    expect(await sendDueReminders(deps(), 7)).toEqual({
      keys: ['reminder:u-supervisor:2026-03-18'],
    });
    await sendDueReminders(deps(), 7);
    expect(await keys()).toEqual(['reminder:u-supervisor:2026-03-18']);
    expect(
      (await outboxEntry(store().outbox, 'reminder:u-supervisor:2026-03-18'))?.notification,
    ).toMatchObject({
      recipient: { kind: 'user', userId: 'u-supervisor' },
      data: { waitingDays: 7, items: [{ excerpt: expect.stringContaining('Vuokrarästit') }] },
    });
  });

  it('reminds the supervisor the reporter named instead', async () => {
    await fileAs(withNamedSupervisors(deps()), 'reporter', { supervisorId: 'u-supervisor-2' });
    deps().clock.set(new Date('2026-03-18T06:00:00Z'));
    expect((await sendDueReminders(deps(), 7)).keys).toEqual([
      'reminder:u-supervisor-2:2026-03-18',
    ]);
  });

  it('stays quiet for a moved observation, a fresh one, and at weekends', async () => {
    const moved = await fileAs(deps(), 'reporter');
    for (const to of ['in_review', 'forwarded'] as const) {
      const outcome = await transitionObservation(
        deps(),
        actor('supervisor'),
        moved.id,
        { to, feedback: 'Kiitos, viedään eteenpäin.' },
        null,
      );
      expect(outcome.ok).toBe(true);
    }
    deps().clock.set(new Date('2026-03-12T06:00:00Z'));
    await fileAs(deps(), 'reporter');
    deps().clock.set(new Date('2026-03-21T06:00:00Z')); // Saturday
    expect(await sendDueReminders(deps(), 7)).toEqual({ keys: [] });
    deps().clock.set(new Date('2026-03-18T06:00:00Z')); // the fresh one waited 6 days
    expect(await sendDueReminders(deps(), 7)).toEqual({ keys: [] });
  });
});
