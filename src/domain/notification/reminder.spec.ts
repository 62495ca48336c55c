import { EMPTY_TRIAGE } from '../triage/triage-record';
import type { Observation } from '../observation/observation';
import { isOverdue, reminderKey, remindersFor } from './reminder';

let n = 0;
function observation(overrides: Partial<Observation> = {}): Observation {
  n += 1;
  return {
    id: `obs-${String(n).padStart(3, '0')}`,
    kind: 'negative',
    description: `Havainto ${n}: toimeentulotuen jonot pitenevät.`,
    solutionProposal: 'Lisää resursseja.',
    topic: 'service_system',
    serviceArea: 'adult_social_work',
    municipality: 'kotka',
    targetGroup: 'adults',
    supervisorId: null,
    coReporterIds: [],
    reporterId: 'u-reporter',
    reporterName: 'Raili Raportoija',
    createdAt: '2026-03-01T08:00:00.000Z',
    period: '2026-H1',
    status: 'received',
    firstAnsweredAt: null,
    updatedAt: '2026-03-01T08:00:00.000Z',
    version: 1,
    triage: EMPTY_TRIAGE,
    ...overrides,
  };
}

// 10 March 2026 at 08:00 in Helsinki (UTC+2).
const now = new Date('2026-03-10T06:00:00.000Z');
const areas: Record<string, readonly string[]> = {
  adult_social_work: ['u-sup-a', 'u-sup-b'],
  child_welfare: ['u-sup-c'],
};
const input = {
  now,
  waitingDays: 7,
  timeZone: 'Europe/Helsinki',
  supervisorsOf: (area: string) => areas[area] ?? [],
};

describe('isOverdue', () => {
  it('counts from the last change, only in the supervisor’s statuses', () => {
    const eightDays = '2026-03-02T05:59:00.000Z';
    const sixDays = '2026-03-04T06:00:00.000Z';
    expect(isOverdue(observation({ updatedAt: eightDays }), now, 7)).toBe(true);
    expect(isOverdue(observation({ updatedAt: eightDays, status: 'in_review' }), now, 7)).toBe(
      true,
    );
    expect(isOverdue(observation({ updatedAt: sixDays }), now, 7)).toBe(false);
    // Exactly seven days is not "longer than seven days".
    expect(isOverdue(observation({ updatedAt: '2026-03-03T06:00:00.000Z' }), now, 7)).toBe(false);
    for (const status of ['forwarded', 'action_proposed', 'closed', 'returned'] as const) {
      expect(isOverdue(observation({ updatedAt: eightDays, status }), now, 7)).toBe(false);
    }
  });
});

describe('remindersFor (Kymenlaakso: the named supervisor; else the service area’s)', () => {
  it('groups overdue observations per responsible supervisor, one reminder each', () => {
    const named = observation({ id: 'named', supervisorId: 'u-sup-named' });
    const area = observation({ id: 'area' });
    const child = observation({ id: 'child', serviceArea: 'child_welfare' });
    const fresh = observation({ id: 'fresh', updatedAt: '2026-03-09T08:00:00.000Z' });

    const reminders = remindersFor([named, area, child, fresh], input);

    expect(reminders.map((r) => [r.key, r.data])).toEqual([
      [
        'reminder:u-sup-a:2026-03-10',
        { waitingDays: 7, items: [expect.objectContaining({ observationId: 'area' })] },
      ],
      [
        'reminder:u-sup-b:2026-03-10',
        { waitingDays: 7, items: [expect.objectContaining({ observationId: 'area' })] },
      ],
      [
        'reminder:u-sup-c:2026-03-10',
        { waitingDays: 7, items: [expect.objectContaining({ observationId: 'child' })] },
      ],
      [
        'reminder:u-sup-named:2026-03-10',
        { waitingDays: 7, items: [expect.objectContaining({ observationId: 'named' })] },
      ],
    ]);
    expect(reminders[0]).toMatchObject({
      recipient: { kind: 'user', userId: 'u-sup-a' },
      kind: 'reminder',
      createdAt: now.toISOString(),
    });
  });

  it('lists the oldest first, at most 15, with the filing time', () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      observation({ createdAt: `2026-02-${String(20 - i).padStart(2, '0')}T08:00:00.000Z` }),
    );
    const [reminder] = remindersFor(many, { ...input, supervisorsOf: () => ['u-sup-a'] });
    expect(reminder?.kind).toBe('reminder');
    const items = reminder?.kind === 'reminder' ? reminder.data.items : [];
    expect(items).toHaveLength(15);
    expect(items[0]?.createdAt).toBe('2026-02-01T08:00:00.000Z');
  });

  it('sends nothing when nothing is overdue or nobody answers for it', () => {
    expect(remindersFor([observation({ updatedAt: now.toISOString() })], input)).toEqual([]);
    expect(remindersFor([observation({ serviceArea: 'nobody' })], input)).toEqual([]);
  });

  it('reminds the coordinators of what nobody answers for, and of what waits long unanswered', () => {
    const withCoordinators = { ...input, coordinators: ['u-coord'] };
    const recipients = (observations: Observation[], extra = {}) =>
      remindersFor(observations, { ...withCoordinators, ...extra })
        .map((r) => (r.recipient.kind === 'user' ? r.recipient.userId : 'channel'))
        .sort();
    // An area without a supervisor: the coordinator instead.
    expect(recipients([observation({ serviceArea: 'nobody' })])).toEqual(['u-coord']);
    // Nine days without first feedback: the area's supervisors only (escalation at 14).
    expect(recipients([observation()])).toEqual(['u-sup-a', 'u-sup-b']);
    // Fifteen days: the coordinator too.
    const old = observation({ createdAt: '2026-02-23T08:00:00.000Z' });
    expect(recipients([old])).toEqual(['u-coord', 'u-sup-a', 'u-sup-b']);
    // A county that escalates after a week.
    expect(recipients([observation()], { escalationDays: 7 })).toEqual([
      'u-coord',
      'u-sup-a',
      'u-sup-b',
    ]);
    // Answered once: the supervisor has it in hand, the coordinator is not bothered.
    const answered = observation({
      createdAt: '2026-02-23T08:00:00.000Z',
      firstAnsweredAt: '2026-02-24T08:00:00.000Z',
      status: 'in_review',
    });
    expect(recipients([answered])).toEqual(['u-sup-a', 'u-sup-b']);
  });

  it('keys a reminder by the Helsinki date: 23:30 UTC is already the next day', () => {
    const late = new Date('2026-03-10T22:30:00.000Z');
    const [reminder] = remindersFor([observation()], { ...input, now: late });
    expect(reminder?.key).toBe('reminder:u-sup-a:2026-03-11');
    expect(reminderKey('u-x', '2026-03-11')).toBe('reminder:u-x:2026-03-11');
  });
});
