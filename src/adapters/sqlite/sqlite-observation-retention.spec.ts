import { describeObservationRetentionContract } from '../../ports/observation-retention.contract';
import { createSqliteStore } from './sqlite-store';

describeObservationRetentionContract('SQLite in memory', async () => {
  const sqlite = createSqliteStore({ file: ':memory:' });
  return { ...sqlite, dispose: async () => sqlite.close() };
});

describe('SQLite retention', () => {
  it('takes the deleted observation out of the board search index too', async () => {
    const sqlite = createSqliteStore({ file: ':memory:' });
    try {
      const db = sqlite.database;
      const obs = {
        id: 'obs-1',
        kind: 'negative' as const,
        description: 'Häätöuhka kasvaa',
        solutionProposal: 'Neuvontaa',
        topic: 't',
        serviceArea: 'a',
        municipality: 'm',
        targetGroup: 'g',
        supervisorId: null,
        coReporterIds: [],
        reporterId: 'u-1',
        reporterName: 'Ilona Reporteri',
        createdAt: '2019-01-01T00:00:00.000Z',
        period: '2019-Q1',
        status: 'closed' as const,
        firstAnsweredAt: null,
        triage: {
          coreContent: null,
          goal: null,
          audiences: null,
          keyMessage: null,
          channel: null,
          timing: null,
          owner: null,
          followUp: null,
          priority: null,
          result: null,
        },
      };
      await sqlite.observations.create(
        obs,
        {
          id: 'h-1',
          observationId: 'obs-1',
          at: obs.createdAt,
          actorId: 'u-1',
          actorName: 'Ilona Reporteri',
          from: null,
          to: 'received',
          feedback: null,
          returnReason: null,
        },
        null,
        [],
      );
      const indexed = () => db.prepare('SELECT count(*) FROM observations_search').pluck().get();
      expect(indexed()).toBe(1);
      await sqlite.retention.delete('obs-1', '2100-01-01T00:00:00.000Z');
      expect(indexed()).toBe(0);
    } finally {
      sqlite.close();
    }
  });
});
