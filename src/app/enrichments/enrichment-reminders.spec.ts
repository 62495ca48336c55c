import { createSqliteStore } from '../../adapters/sqlite';
import { actor, useAppDeps } from '../testing';
import { requestEnrichment } from './request-enrichment';
import { answerEnrichment } from './work-on-enrichment';
import { sendEnrichmentReminders } from './enrichment-reminders';

describe('enrichment reminders', () => {
  const fixture = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));
  const deps = () => ({ ...fixture.deps(), outbox: fixture.store().outbox });
  const keys = async () =>
    (await fixture.store().outbox.list('pending', 100))
      .filter((e) => e.notification.kind === 'enrichment_requested')
      .map((e) => e.notification.key)
      .sort();

  it('reminds those asked who have not answered, from three days before the due date, once a day', async () => {
    // T0 is 10.3.2026 (Europe/Helsinki).
    const request = async (dueDate: string) => {
      const made = await requestEnrichment(deps(), actor('coordinator'), null, {
        serviceArea: 'adult_social_work',
        question: 'Miten häätöuhat näkyvät?',
        dueDate,
        assigneeIds: ['u-colleague'],
      });
      if (!made.ok) throw new Error(made.error.code);
      return made.value;
    };
    const soon = await request('2026-03-13');
    await request('2026-03-14');
    await request('2026-03-09');
    const asked = await keys();
    expect(asked).toHaveLength(6);

    await answerEnrichment(deps(), actor('colleague'), soon.id, { text: 'Vastaus.' });
    await expect(sendEnrichmentReminders(deps())).resolves.toBe(1);
    await expect(sendEnrichmentReminders(deps())).resolves.toBe(1);
    const reminders = (await keys()).filter((key) => !asked.includes(key));
    expect(reminders).toEqual([`enrichment_reminder:${soon.id}:u-supervisor:2026-03-10`]);
  });
});
