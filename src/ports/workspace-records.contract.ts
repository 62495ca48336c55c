/// <reference types="jest" />
import type { CompilationStore } from './compilation-store';
import type { EnrichmentStore } from './enrichment-store';
import type { MeetingStore } from './meeting-store';
import type { NotificationOutbox } from './notification-outbox';
import { testNotification } from './testing/notification-builder';
import { createWorkspaceTestData } from './testing/workspace-builder';
import { summaryOf } from '../domain/compilation/compilation';

export type WorkspaceRecordsUnderTest = {
  readonly meetings: MeetingStore;
  readonly compilations: CompilationStore;
  readonly enrichments: EnrichmentStore;
  /** The outbox enrichment writes put their notifications in. */
  readonly outbox: NotificationOutbox;
  dispose(): Promise<void>;
};

/**
 * The contract of the working group's other records — meetings, compilations, enrichment
 * requests — on every store (SQLite, SharePoint lists). Records come back exactly as given
 * (versions as the contract says); lists in their documented order.
 */
export function describeWorkspaceRecordsContract(
  name: string,
  makeStores: () => Promise<WorkspaceRecordsUnderTest>,
): void {
  describe(`Workspace records contract: ${name}`, () => {
    let current: WorkspaceRecordsUnderTest | null = null;
    const stores = (): WorkspaceRecordsUnderTest => {
      if (current === null) throw new Error('stores used outside a test');
      return current;
    };
    let data = createWorkspaceTestData();
    const pendingKeys = async (): Promise<string[]> =>
      (await stores().outbox.list('pending', 100)).map((e) => e.notification.key).sort();

    beforeEach(async () => {
      current = await makeStores();
      data = createWorkspaceTestData();
    });
    afterEach(async () => {
      await current?.dispose();
      current = null;
    });

    describe('meetings', () => {
      it('creates once by id, reads back, lists by date', async () => {
        const later = data.meeting({ date: '2026-11-10', scheduledFor: '2026-11-10' });
        const earlier = data.meeting({ date: '2026-05-12' });
        await expect(stores().meetings.create(later)).resolves.toBe('created');
        await expect(stores().meetings.create({ ...later, title: 'Toinen' })).resolves.toBe(
          'exists',
        );
        await stores().meetings.create(earlier);
        await expect(stores().meetings.get(later.id)).resolves.toEqual(later);
        await expect(stores().meetings.get('missing')).resolves.toBeNull();
        expect((await stores().meetings.list()).map((m) => m.id)).toEqual([earlier.id, later.id]);
      });

      it('saves minutes at the expected version only', async () => {
        const meeting = data.meeting();
        await stores().meetings.create(meeting);
        const minutes = {
          summary: 'Käsiteltiin kolme havaintoa.',
          items: [
            {
              subject: 'observation' as const,
              subjectId: 'obs-1',
              decision: 'link_to_phenomenon' as const,
              phenomenonId: 'phen-1',
              proposalId: null,
              serviceArea: null,
              note: 'Liitetään häätöilmiöön.',
            },
          ],
          recordedBy: 'user-coordinator',
          recordedByName: 'Kaisa Koordinaattori',
          recordedAt: '2026-11-10T12:00:00.000Z',
        };
        const saved = await stores().meetings.save({ ...meeting, minutes }, 1);
        expect(saved).toEqual({ kind: 'ok', record: { ...meeting, minutes, version: 2 } });
        const stale = await stores().meetings.save({ ...meeting, title: 'x' }, 1);
        expect(stale.kind).toBe('stale');
        await expect(stores().meetings.save(data.meeting(), 1)).resolves.toEqual({
          kind: 'not_found',
        });
        await expect(stores().meetings.get(meeting.id)).resolves.toEqual({
          ...meeting,
          minutes,
          version: 2,
        });
      });
    });

    describe('compilations', () => {
      it('keeps a snapshot exactly and lists summaries newest first', async () => {
        const first = data.compilation();
        const second = data.compilation({ serviceArea: 'family_services', period: null });
        await stores().compilations.create(first);
        await stores().compilations.create(second);
        await expect(stores().compilations.get(first.id)).resolves.toEqual(first);
        await expect(stores().compilations.get('missing')).resolves.toBeNull();
        await expect(stores().compilations.list()).resolves.toEqual([
          summaryOf(second),
          summaryOf(first),
        ]);
      });

      it('keeps a compilation of thousands of observations', async () => {
        const base = data.compilation();
        const observations = Array.from({ length: 3000 }, (_, i) => ({
          ...(base.observations[0] as (typeof base.observations)[number]),
          id: `obs-${i}`,
          excerpt: `Havainto ${i}: ${'vuokrarästit ja häätöuhka '.repeat(6)}`,
        }));
        const big = { ...base, total: observations.length, observations };
        await stores().compilations.create(big);
        await expect(stores().compilations.get(big.id)).resolves.toEqual(big);
      });
    });

    describe('enrichment requests', () => {
      it('creates with notifications, lists newest first, saves answers at the expected version', async () => {
        const first = data.enrichment();
        const second = data.enrichment({ compilationId: 'comp-1' });
        await stores().enrichments.create(first, [testNotification('e-1')]);
        await stores().enrichments.create(second, []);
        await expect(stores().enrichments.get(first.id)).resolves.toEqual(first);
        expect((await stores().enrichments.list()).map((e) => e.id)).toEqual([second.id, first.id]);
        await expect(pendingKeys()).resolves.toEqual(['e-1']);

        const answered = {
          ...first,
          answers: [
            {
              id: 'a-1',
              text: 'Häätöuhkia on erityisesti nuorilla.',
              proposal: 'Asumisneuvoja sosiaalityöhön.',
              authorId: 'user-supervisor',
              authorName: 'Sirpa Esimies',
              at: '2026-12-01T09:00:00.000Z',
            },
          ],
        };
        await expect(
          stores().enrichments.save(answered, 1, [testNotification('e-2')]),
        ).resolves.toEqual({ kind: 'ok', record: { ...answered, version: 2 } });
        const stale = await stores().enrichments.save(first, 1, [testNotification('e-3')]);
        expect(stale.kind).toBe('stale');
        await expect(
          stores().enrichments.save(data.enrichment(), 1, [testNotification('e-4')]),
        ).resolves.toEqual({ kind: 'not_found' });
        await expect(pendingKeys()).resolves.toEqual(['e-1', 'e-2']);
      });
    });
  });
}
