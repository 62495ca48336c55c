import type { HistoryEntry } from '../observation/observation';
import {
  resubmittedNotifications,
  withdrawnNotifications,
} from './reporter-follow-up-notifications';

const entry: HistoryEntry = {
  id: 'h-5',
  observationId: 'obs-1',
  at: '2026-03-12T08:00:00.000Z',
  actorId: 'u-reporter',
  actorName: 'Raili Raportoija',
  from: 'returned',
  to: 'received',
  feedback: null,
  returnReason: null,
};
const observation = {
  id: 'obs-1',
  kind: 'negative' as const,
  description: 'Vuokrat nousevat.',
  topic: 'client_needs',
  serviceArea: 'adult_social_work',
  municipality: 'kajaani',
  supervisorId: null,
  reporterId: 'u-reporter',
  reporterName: 'Raili Raportoija',
  createdAt: '2026-03-10T08:00:00.000Z',
};

describe('reporters’ follow-up notifications', () => {
  it('tells each handler of a withdrawal once per entry', () => {
    const notes = withdrawnNotifications(observation, { ...entry, to: 'withdrawn' }, [
      'u-supervisor',
    ]);
    expect(notes).toEqual([
      {
        key: 'observation_withdrawn:h-5:u-supervisor',
        recipient: { kind: 'user', userId: 'u-supervisor' },
        createdAt: entry.at,
        kind: 'observation_withdrawn',
        data: {
          observationId: 'obs-1',
          excerpt: 'Vuokrat nousevat.',
          reporterName: 'Raili Raportoija',
          at: entry.at,
        },
      },
    ]);
  });

  it('sends a resubmit as the new-observation card, marked, under a key of its own', () => {
    const [note] = resubmittedNotifications(observation, entry, [{ id: 'u-supervisor' }]);
    expect(note).toMatchObject({
      key: 'new_observation:obs-1:resubmit:h-5:u-supervisor',
      kind: 'new_observation',
      createdAt: entry.at,
      data: { resubmitted: true, observationId: 'obs-1' },
    });
    // The filing's own key stays the filing's: the outbox would drop a second one.
    expect(note?.key).not.toBe('new_observation:obs-1:u-supervisor');
  });

  it('goes to the coordinators when nobody supervises the area', () => {
    const notes = resubmittedNotifications(observation, entry, [], [{ id: 'u-coordinator' }]);
    expect(notes.map((n) => n.recipient)).toEqual([{ kind: 'user', userId: 'u-coordinator' }]);
  });
});
