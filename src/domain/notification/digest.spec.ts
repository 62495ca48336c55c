import { resolveCountyConfig } from '../county/county-presets';
import { EMPTY_TRIAGE } from '../triage/triage-record';
import type { Observation } from '../observation/observation';
import { digestFor, digestKey, digestNotification, manualDigestKey } from './digest';

const kantaHame = resolveCountyConfig('kanta-hame');

let n = 0;
function observation(overrides: Partial<Observation> = {}): Observation {
  n += 1;
  return {
    id: `obs-${String(n).padStart(3, '0')}`,
    kind: 'negative',
    description: `Havainto ${n}: vuokrat nousevat.`,
    solutionProposal: 'Yhteistyö.',
    topic: 'client_needs',
    serviceArea: 'adult_social_work',
    municipality: 'hameenlinna',
    targetGroup: 'adults',
    supervisorId: null,
    coReporterIds: [],
    reporterId: 'u-reporter',
    reporterName: 'Raili Raportoija',
    createdAt: '2026-06-01T09:00:00.000Z',
    period: '2026-Q2',
    status: 'received',
    firstAnsweredAt: null,
    updatedAt: '2026-06-01T09:00:00.000Z',
    version: 1,
    triage: EMPTY_TRIAGE,
    ...overrides,
  };
}

const input = { meetingDate: '2026-08-11', since: '2026-05-12', county: kantaHame };

describe('digestFor', () => {
  it('counts since the previous meeting by Helsinki date, the meeting day included', () => {
    const digest = digestFor(
      [
        // 23:30 on 11 May in UTC is 02:30 on 12 May in Helsinki: the meeting day, counted.
        observation({ id: 'on-meeting-day', createdAt: '2026-05-11T23:30:00.000Z' }),
        observation({ id: 'before', createdAt: '2026-05-11T20:00:00.000Z' }),
        observation({ id: 'later', createdAt: '2026-07-01T10:00:00.000Z' }),
      ],
      input,
    );
    expect(digest.total).toBe(2);
    expect(digest.items.map((i) => i.observationId)).toEqual(['on-meeting-day', 'later']);
    expect(digest).toMatchObject({ meetingDate: '2026-08-11', since: '2026-05-12' });
  });

  it('counts by topic and service area, most first, ties in the county order', () => {
    const digest = digestFor(
      [
        observation({ topic: 'good_practices', serviceArea: 'child_welfare' }),
        observation({ topic: 'weak_signals', serviceArea: 'child_welfare' }),
        observation({ topic: 'client_needs', serviceArea: 'family_services' }),
        observation({ topic: 'weak_signals', serviceArea: 'adult_social_work' }),
      ],
      input,
    );
    expect(digest.byTopic).toEqual([
      { id: 'weak_signals', count: 2 },
      { id: 'client_needs', count: 1 },
      { id: 'good_practices', count: 1 },
    ]);
    expect(digest.byServiceArea).toEqual([
      { id: 'child_welfare', count: 2 },
      { id: 'adult_social_work', count: 1 },
      { id: 'family_services', count: 1 },
    ]);
    // Grouped as the meeting goes through them: topic, then service area.
    expect(digest.items.map((i) => [i.topic, i.serviceArea])).toEqual([
      ['client_needs', 'family_services'],
      ['weak_signals', 'adult_social_work'],
      ['weak_signals', 'child_welfare'],
      ['good_practices', 'child_welfare'],
    ]);
  });

  it('lists at most 15 items (the card says "and N more" from total) with short excerpts', () => {
    const many = Array.from({ length: 40 }, () =>
      observation({ description: `${'Pitkä kuvaus ilmiöstä. '.repeat(20)}` }),
    );
    const digest = digestFor(many, input);
    expect(digest.total).toBe(40);
    expect(digest.items).toHaveLength(15);
    expect(digest.items[0]?.excerpt.length).toBeLessThanOrEqual(140);
    expect(digest.items[0]?.excerpt.endsWith('…')).toBe(true);
  });

  it('is empty but well-formed when nothing came in', () => {
    expect(digestFor([], input)).toEqual({
      meetingDate: '2026-08-11',
      since: '2026-05-12',
      total: 0,
      byTopic: [],
      byServiceArea: [],
      items: [],
    });
  });
});

describe('digest keys and notification', () => {
  it('one scheduled digest per meeting; a manual one per meeting and day', () => {
    expect(digestKey('2026-08-11')).toBe('digest:2026-08-11');
    expect(manualDigestKey('2026-08-11', '2026-08-03')).toBe('digest:2026-08-11:manual:2026-08-03');
  });

  it('goes to the RAKE channel', () => {
    const data = digestFor([], input);
    const now = new Date('2026-08-08T05:00:00.000Z');
    expect(digestNotification(data, 'digest:2026-08-11', now)).toEqual({
      key: 'digest:2026-08-11',
      recipient: { kind: 'rake_channel' },
      createdAt: '2026-08-08T05:00:00.000Z',
      kind: 'digest',
      data,
    });
  });
});
