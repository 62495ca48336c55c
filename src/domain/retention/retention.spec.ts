import type { HistoryEntry, Observation } from '../observation/observation';
import { EMPTY_TRIAGE } from '../triage/triage-record';
import {
  anonymisedHistoryEntry,
  anonymisedMessage,
  anonymisedObservation,
  ANONYMISED_ID,
  isRetentionDue,
  reportersOf,
  retentionCutoff,
  retentionOf,
} from './retention';

const observation = (overrides: Partial<Observation> = {}): Observation => ({
  id: 'obs-1',
  kind: 'negative',
  description: 'Vuokrarästit ovat lisääntyneet.',
  solutionProposal: 'Velkaneuvontaa aiemmin.',
  topic: 'client_needs',
  serviceArea: 'adult_social_work',
  municipality: 'kajaani',
  targetGroup: 'young_people',
  supervisorId: 'u-supervisor',
  coReporterIds: ['u-colleague'],
  reporterId: 'u-reporter',
  reporterName: 'Raili Raportoija',
  createdAt: '2020-01-10T08:00:00.000Z',
  period: '2020-Q1',
  status: 'closed',
  firstAnsweredAt: '2020-01-11T08:00:00.000Z',
  updatedAt: '2020-02-01T08:00:00.000Z',
  version: 3,
  triage: EMPTY_TRIAGE,
  ...overrides,
});

describe('retention', () => {
  it('defaults to five years, anonymised', () => {
    expect(retentionOf(undefined)).toEqual({ years: 5, mode: 'anonymise' });
    expect(retentionOf({ years: 2, mode: 'delete' })).toEqual({ years: 2, mode: 'delete' });
  });

  it('counts whole calendar years back from now', () => {
    expect(retentionCutoff(new Date('2026-03-10T08:00:00.000Z'), 5)).toBe(
      '2021-03-10T08:00:00.000Z',
    );
    expect(retentionCutoff(new Date('2028-02-29T12:00:00.000Z'), 1)).toBe(
      '2027-03-01T12:00:00.000Z',
    );
  });

  it('is due once ended and unchanged for the years, and only until anonymised', () => {
    const cutoff = '2021-03-10T08:00:00.000Z';
    expect(isRetentionDue(observation(), cutoff)).toBe(true);
    expect(isRetentionDue(observation({ status: 'returned' }), cutoff)).toBe(true);
    expect(isRetentionDue(observation({ status: 'withdrawn' }), cutoff)).toBe(true);
    // Still being handled, however old.
    for (const status of ['received', 'in_review', 'forwarded', 'action_proposed'] as const) {
      expect(isRetentionDue(observation({ status }), cutoff)).toBe(false);
    }
    // Changed since (a resubmit, a late triage note): the clock starts again.
    expect(isRetentionDue(observation({ updatedAt: cutoff }), cutoff)).toBe(false);
    expect(isRetentionDue(anonymisedObservation(observation()), cutoff)).toBe(false);
  });

  it('removes the reporters, co-reporters and the named supervisor, and keeps the rest', () => {
    const before = observation();
    const after = anonymisedObservation(before);
    expect(after).toEqual({
      ...before,
      reporterId: ANONYMISED_ID,
      reporterName: '',
      coReporterIds: [],
      supervisorId: null,
    });
  });

  it("removes the reporters' names from their history entries and messages only", () => {
    const reporters = reportersOf(observation());
    const entry = (actorId: string, actorName: string): HistoryEntry => ({
      id: `h-${actorId}`,
      observationId: 'obs-1',
      at: '2020-01-10T08:00:00.000Z',
      actorId,
      actorName,
      from: null,
      to: 'received',
      feedback: null,
      returnReason: null,
    });
    expect(
      anonymisedHistoryEntry(entry('u-reporter', 'Raili Raportoija'), reporters),
    ).toMatchObject({ actorId: ANONYMISED_ID, actorName: '' });
    expect(anonymisedHistoryEntry(entry('u-colleague', 'Kalle Kollega'), reporters)).toMatchObject({
      actorId: ANONYMISED_ID,
    });
    const supervisors = entry('u-supervisor', 'Sirpa Esimies');
    expect(anonymisedHistoryEntry(supervisors, reporters)).toBe(supervisors);
    const message = {
      id: 'm1',
      observationId: 'obs-1',
      authorId: 'u-reporter',
      authorName: 'Raili Raportoija',
      side: 'reporter' as const,
      text: 'Lisätietoa',
      at: '2020-01-12T08:00:00.000Z',
    };
    expect(anonymisedMessage(message, reporters)).toEqual({
      ...message,
      authorId: ANONYMISED_ID,
      authorName: '',
    });
  });
});
