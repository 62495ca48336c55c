import type { HistoryEntry } from '../observation/observation';
import { statusChangedNotifications } from './status-changed-notifications';

const observation = {
  id: 'obs-1',
  description: 'Vuokrarästit ovat lisääntyneet.',
  reporterId: 'u-reporter',
  coReporterIds: ['u-colleague', 'u-other'],
};
const entry = (overrides: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id: 'entry-7',
  observationId: 'obs-1',
  at: '2026-03-11T09:00:00.000Z',
  actorId: 'u-supervisor',
  actorName: 'Sirpa Esimies',
  from: 'received',
  to: 'returned',
  feedback: 'Kuuluu SPro-järjestelmään',
  returnReason: 'spro_haipro',
  ...overrides,
});

describe('statusChangedNotifications', () => {
  it('never addresses the public form’s reporter, who follows the status page instead', () => {
    const fromPublic = { ...observation, reporterId: 'public:sub-1', coReporterIds: [] };
    expect(statusChangedNotifications(fromPublic, entry())).toEqual([]);
  });

  it('tells nobody of an observation whose reporters retention removed, but its co-reporter', () => {
    const anonymised = { ...observation, reporterId: 'anonymised', coReporterIds: ['u-kept'] };
    expect(statusChangedNotifications(anonymised, entry()).map((n) => n.recipient)).toEqual([
      { kind: 'user', userId: 'u-kept' },
    ]);
  });

  it('tells the reporter and every co-reporter, keyed by the history entry', () => {
    const notifications = statusChangedNotifications(observation, entry());
    expect(notifications.map((n) => n.key)).toEqual([
      'status_changed:entry-7:u-reporter',
      'status_changed:entry-7:u-colleague',
      'status_changed:entry-7:u-other',
    ]);
    expect(notifications[0]).toEqual({
      key: 'status_changed:entry-7:u-reporter',
      recipient: { kind: 'user', userId: 'u-reporter' },
      createdAt: '2026-03-11T09:00:00.000Z',
      kind: 'status_changed',
      data: {
        observationId: 'obs-1',
        excerpt: 'Vuokrarästit ovat lisääntyneet.',
        from: 'received',
        to: 'returned',
        feedback: 'Kuuluu SPro-järjestelmään',
        returnReason: 'spro_haipro',
        actorName: 'Sirpa Esimies',
        at: '2026-03-11T09:00:00.000Z',
      },
    });
  });

  it('does not tell the person who made the move', () => {
    const notifications = statusChangedNotifications(
      observation,
      entry({ actorId: 'u-colleague', to: 'closed' }),
    );
    expect(notifications.map((n) => n.recipient)).toEqual([
      { kind: 'user', userId: 'u-reporter' },
      { kind: 'user', userId: 'u-other' },
    ]);
  });

  it('tells a reporter named twice once', () => {
    const twice = { ...observation, coReporterIds: ['u-reporter'] };
    expect(statusChangedNotifications(twice, entry())).toHaveLength(1);
  });
});
