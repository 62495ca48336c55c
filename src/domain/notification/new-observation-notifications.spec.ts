import {
  newObservationNotifications,
  type FiledObservation,
} from './new-observation-notifications';

const observation = (overrides: Partial<FiledObservation> = {}): FiledObservation => ({
  id: 'obs-1',
  kind: 'negative',
  description: 'Vuokrarästit ja häätöuhat ovat lisääntyneet nuorilla aikuisilla.',
  topic: 'client_needs',
  serviceArea: 'adult_social_work',
  municipality: 'kajaani',
  supervisorId: null,
  reporterId: 'u-reporter',
  reporterName: 'Raili Raportoija',
  createdAt: '2026-03-10T08:00:00.000Z',
  ...overrides,
});
const area = [{ id: 'u-sup-a' }, { id: 'u-sup-b' }];

describe('newObservationNotifications', () => {
  it('tells every supervisor of the service area when none is named', () => {
    const notifications = newObservationNotifications(observation(), area);
    expect(notifications.map((n) => n.key)).toEqual([
      'new_observation:obs-1:u-sup-a',
      'new_observation:obs-1:u-sup-b',
    ]);
    expect(notifications[0]).toEqual({
      key: 'new_observation:obs-1:u-sup-a',
      recipient: { kind: 'user', userId: 'u-sup-a' },
      createdAt: '2026-03-10T08:00:00.000Z',
      kind: 'new_observation',
      data: {
        observationId: 'obs-1',
        kind: 'negative',
        excerpt: 'Vuokrarästit ja häätöuhat ovat lisääntyneet nuorilla aikuisilla.',
        topic: 'client_needs',
        serviceArea: 'adult_social_work',
        municipality: 'kajaani',
        reporterName: 'Raili Raportoija',
        createdAt: '2026-03-10T08:00:00.000Z',
      },
    });
  });

  it('tells the named supervisor first, and the area’s supervisors too', () => {
    const notifications = newObservationNotifications(
      observation({ supervisorId: 'u-named' }),
      area,
    );
    expect(notifications.map((n) => n.recipient)).toEqual([
      { kind: 'user', userId: 'u-named' },
      ...area.map((member) => ({ kind: 'user', userId: member.id })),
    ]);
  });

  it('does not tell the reporter of their own filing, and tells nobody twice', () => {
    const supervisors = [{ id: 'u-reporter' }, { id: 'u-sup-a' }, { id: 'u-sup-a' }];
    expect(newObservationNotifications(observation(), supervisors).map((n) => n.key)).toEqual([
      'new_observation:obs-1:u-sup-a',
    ]);
  });

  it('tells the coordinators when the area has no supervisor, so no filing waits unseen', () => {
    const coordinators = [{ id: 'u-coord' }, { id: 'u-reporter' }];
    expect(
      newObservationNotifications(observation(), [], coordinators).map((n) => n.recipient),
    ).toEqual([{ kind: 'user', userId: 'u-coord' }]);
    // The area's supervisors answer for it when it has any: the coordinators are not bothered.
    expect(
      newObservationNotifications(observation(), area, coordinators).map((n) => n.key),
    ).toEqual(['new_observation:obs-1:u-sup-a', 'new_observation:obs-1:u-sup-b']);
    // Nobody at all (no coordinator either): nothing to send.
    expect(newObservationNotifications(observation(), [])).toEqual([]);
  });

  it('sends an excerpt of a long description', () => {
    const [first] = newObservationNotifications(
      observation({ description: 'sana '.repeat(200) }),
      area,
    );
    expect(first?.kind === 'new_observation' && first.data.excerpt.length).toBeLessThanOrEqual(300);
  });
});
