/// <reference types="jest" />
import type { NotificationOutbox } from './notification-outbox';
import type { ReportStore } from './report-store';
import { testNotification } from './testing/notification-builder';
import { createReportTestData } from './testing/report-builder';
import { reportSummaryOf, versionOf } from '../domain/report/report';

export type ReportStoreUnderTest = {
  readonly reports: ReportStore;
  /** The outbox `save` writes its notifications to. */
  readonly outbox: NotificationOutbox;
  dispose(): Promise<void>;
};

/**
 * The one contract every ReportStore passes (SQLite, SharePoint lists). Reports come back
 * exactly as given except the version (expected + 1 on save); each stored version's text is
 * kept; a save's notifications are in the outbox exactly when it was written.
 */
export function describeReportStoreContract(
  name: string,
  makeStores: () => Promise<ReportStoreUnderTest>,
): void {
  describe(`ReportStore contract: ${name}`, () => {
    let current: ReportStoreUnderTest | null = null;
    const store = (): ReportStore => {
      if (current === null) throw new Error('store used outside a test');
      return current.reports;
    };
    const pendingKeys = async (): Promise<string[]> =>
      (await current!.outbox.list('pending', 100)).map((e) => e.notification.key).sort();
    let data = createReportTestData();

    beforeEach(async () => {
      current = await makeStores();
      data = createReportTestData();
    });
    afterEach(async () => {
      await current?.dispose();
      current = null;
    });

    it('creates a report with its first version, and reads both back', async () => {
      const report = data.report({
        kind: 'phenomenon',
        source: { kind: 'phenomenon', phenomenonId: 'phen-1' },
        language: 'sv',
      });
      await expect(store().create(report)).resolves.toEqual(report);
      await expect(store().get(report.id)).resolves.toEqual(report);
      await expect(store().versions(report.id)).resolves.toEqual([versionOf(report)]);
      await expect(store().get('missing')).resolves.toBeNull();
      await expect(store().versions('missing')).resolves.toEqual([]);
    });

    it('lists summaries newest first, the later id first on the same instant', async () => {
      const a = data.report();
      const b = data.report();
      const sameAsA = data.report({ createdAt: a.createdAt });
      for (const report of [a, b, sameAsA]) await store().create(report);
      await expect(store().list()).resolves.toEqual(
        [b, sameAsA, a].map((report) => reportSummaryOf(report)),
      );
    });

    it('saves edits and a publication at the expected version, keeping every version', async () => {
      const report = data.report();
      await store().create(report);
      const edited = {
        ...report,
        introduction: 'Uusi johdanto.',
        sections: [{ key: 'counts', heading: 'Havainnot', text: 'Kirjoitettu uudelleen.' }],
        updatedBy: 'user-rake',
        updatedByName: 'Raili RAKE',
        updatedAt: '2026-11-20T12:00:00.000Z',
      };
      const first = await store().save(edited, 1, []);
      expect(first).toEqual({ kind: 'ok', record: { ...edited, version: 2 } });
      const published = {
        ...edited,
        publication: data.publication({ version: 2 }),
        updatedAt: '2026-12-01T10:00:00.000Z',
      };
      const second = await store().save(published, 2, [testNotification('r-1')]);
      expect(second).toEqual({ kind: 'ok', record: { ...published, version: 3 } });

      await expect(store().get(report.id)).resolves.toEqual({ ...published, version: 3 });
      await expect(store().versions(report.id)).resolves.toEqual([
        versionOf(report),
        versionOf({ ...edited, version: 2 }),
        versionOf({ ...published, version: 3 }),
      ]);
      await expect(store().list()).resolves.toEqual([
        reportSummaryOf({ ...published, version: 3 }),
      ]);
      await expect(pendingKeys()).resolves.toEqual(['r-1']);
    });

    it('refuses a stale version or an unknown id, writing nothing', async () => {
      const report = data.report();
      await store().create(report);
      await store().save({ ...report, title: 'Toinen' }, 1, []);
      const stale = await store().save({ ...report, title: 'Kolmas' }, 1, [
        testNotification('r-stale'),
      ]);
      expect(stale).toEqual({ kind: 'stale', current: { ...report, title: 'Toinen', version: 2 } });
      const missing = data.report();
      await expect(store().save(missing, 1, [testNotification('r-missing')])).resolves.toEqual({
        kind: 'not_found',
      });
      expect((await store().versions(report.id)).map((v) => v.title)).toEqual([
        report.title,
        'Toinen',
      ]);
      await expect(store().versions(missing.id)).resolves.toEqual([]);
      await expect(store().get(missing.id)).resolves.toBeNull();
      await expect(pendingKeys()).resolves.toEqual([]);
    });

    it('keeps a report resting on ten thousand observations, with a long text', async () => {
      const paragraph = 'Asumisen tuen hakijoista yhä useampi on nuori aikuinen. '.repeat(40);
      const report = data.report({
        observationIds: Array.from({ length: 10_000 }, (_, i) => `obs-${i}`),
        introduction: paragraph,
        sections: Array.from({ length: 45 }, (_, i) => ({
          key: `section-${i}`,
          heading: `Osio ${i}`,
          text: `${paragraph}\n\n${paragraph}`,
        })),
      });
      await store().create(report);
      await expect(store().get(report.id)).resolves.toEqual(report);
      const longer = { ...report, introduction: `${paragraph}${paragraph}` };
      const saved = await store().save(longer, 1, []);
      expect(saved.kind).toBe('ok');
      await expect(store().get(report.id)).resolves.toEqual({ ...longer, version: 2 });
      await expect(store().versions(report.id)).resolves.toEqual([
        versionOf(report),
        versionOf({ ...longer, version: 2 }),
      ]);
    });
  });
}
