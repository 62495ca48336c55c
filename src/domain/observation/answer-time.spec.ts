import {
  answerTimeTally,
  hoursToFirstAnswer,
  medianHoursToFirstAnswer,
  type AnswerTiming,
} from './answer-time';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const filed = (createdAt: string, firstAnsweredAt: string | null = null): AnswerTiming => ({
  createdAt,
  firstAnsweredAt,
});

describe('hoursToFirstAnswer', () => {
  it('measures from filing to the first answer', () => {
    expect(hoursToFirstAnswer(filed('2026-03-01T08:00:00Z', '2026-03-02T20:00:00Z'), NOW)).toBe(36);
  });

  it('measures to now while unanswered', () => {
    expect(hoursToFirstAnswer(filed('2026-03-10T09:30:00Z'), NOW)).toBe(2.5);
  });

  it('ignores now once answered', () => {
    const timing = filed('2026-03-01T08:00:00Z', '2026-03-01T09:00:00Z');
    expect(hoursToFirstAnswer(timing, new Date('2030-01-01T00:00:00Z'))).toBe(1);
  });

  it('is never negative when clocks disagree', () => {
    expect(hoursToFirstAnswer(filed('2026-03-10T12:00:05Z'), NOW)).toBe(0);
    expect(hoursToFirstAnswer(filed('2026-03-01T08:00:00Z', '2026-03-01T07:59:00Z'), NOW)).toBe(0);
  });

  it('throws on an unreadable stored time (a bug, not input)', () => {
    expect(() => hoursToFirstAnswer(filed('yesterday'), NOW)).toThrow(RangeError);
    expect(() => hoursToFirstAnswer(filed('2026-03-01T08:00:00Z', 'soon'), NOW)).toThrow(
      /firstAnsweredAt/,
    );
  });
});

describe('medianHoursToFirstAnswer', () => {
  it('is null for an empty period', () => {
    expect(medianHoursToFirstAnswer([], NOW)).toBeNull();
  });

  it('takes the middle value of an odd count, whatever the order', () => {
    const timings = [
      filed('2026-03-01T00:00:00Z', '2026-03-01T10:00:00Z'), // 10 h
      filed('2026-03-01T00:00:00Z', '2026-03-01T01:00:00Z'), // 1 h
      filed('2026-03-01T00:00:00Z', '2026-03-01T04:00:00Z'), // 4 h
    ];
    expect(medianHoursToFirstAnswer(timings, NOW)).toBe(4);
  });

  it('averages the two middle values of an even count', () => {
    const timings = [
      filed('2026-03-01T00:00:00Z', '2026-03-01T01:00:00Z'), // 1 h
      filed('2026-03-01T00:00:00Z', '2026-03-01T02:00:00Z'), // 2 h
      filed('2026-03-01T00:00:00Z', '2026-03-01T06:00:00Z'), // 6 h
      filed('2026-03-01T00:00:00Z', '2026-03-01T20:00:00Z'), // 20 h
    ];
    expect(medianHoursToFirstAnswer(timings, NOW)).toBe(4);
  });

  it('counts the unanswered with their wait so far, so silence raises the median', () => {
    const answeredFast = [
      filed('2026-03-09T12:00:00Z', '2026-03-09T13:00:00Z'), // 1 h
      filed('2026-03-09T12:00:00Z', '2026-03-09T14:00:00Z'), // 2 h
    ];
    const waiting = [filed('2026-03-01T12:00:00Z'), filed('2026-03-02T12:00:00Z')]; // 216 h, 192 h
    expect(medianHoursToFirstAnswer(answeredFast, NOW)).toBe(1.5);
    expect(medianHoursToFirstAnswer([...answeredFast, ...waiting], NOW)).toBe(97);
  });
});

describe('answerTimeTally', () => {
  /** A small deterministic generator, so that a failure can be replayed. */
  const randomFrom = (seed: number) => () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const T0 = Date.parse('2026-01-01T00:00:00.000Z');
  const iso = (ms: number): string => new Date(ms).toISOString();

  it('has no median while empty', () => {
    expect(answerTimeTally().medianHours(NOW)).toBeNull();
    expect(answerTimeTally().size).toBe(0);
  });

  it('counts the unanswered with their wait so far, as time passes', () => {
    const tally = answerTimeTally([
      filed('2026-03-10T08:00:00Z', '2026-03-10T09:00:00Z'),
      filed('2026-03-10T10:00:00Z'),
      filed('2026-03-10T11:00:00Z'),
    ]);
    expect(tally.medianHours(NOW)).toBe(1);
    expect(tally.medianHours(new Date('2026-03-10T14:00:00Z'))).toBe(3);
    expect(tally.medianHours(new Date('2026-03-10T20:00:00Z'))).toBe(9);
  });

  it('moves an observation from waiting to answered at its first answer', () => {
    const tally = answerTimeTally([filed('2026-03-10T00:00:00Z'), filed('2026-03-10T02:00:00Z')]);
    expect(tally.medianHours(NOW)).toBe(11);
    expect(tally.answer('2026-03-10T00:00:00Z', '2026-03-10T01:00:00Z')).toBe(true);
    expect(tally.size).toBe(2);
    expect(tally.medianHours(NOW)).toBe((1 + 10) / 2);
  });

  it('refuses a first answer to an observation it does not know as waiting', () => {
    const tally = answerTimeTally([filed('2026-03-10T00:00:00Z', '2026-03-10T01:00:00Z')]);
    expect(tally.answer('2026-03-10T00:00:00Z', '2026-03-10T03:00:00Z')).toBe(false);
    expect(tally.answer('2026-03-09T00:00:00Z', '2026-03-10T03:00:00Z')).toBe(false);
    expect(tally.medianHours(NOW)).toBe(1);
  });

  it('never counts a negative time, answered or waiting (clocks of other machines)', () => {
    const tally = answerTimeTally([
      filed('2026-03-10T12:00:00Z', '2026-03-10T11:59:00Z'),
      filed('2026-03-10T12:30:00Z'),
    ]);
    expect(tally.medianHours(NOW)).toBe(0);
  });

  it('refuses an unreadable instant, as the median does', () => {
    expect(() => answerTimeTally([filed('yesterday')])).toThrow(RangeError);
    expect(() => answerTimeTally().add(filed('2026-03-10T12:00:00Z', 'soon'))).toThrow(RangeError);
  });

  it('equals the median recomputed from all timings through filings, answers and time', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const random = randomFrom(seed);
      const timings: { createdAt: string; firstAnsweredAt: string | null }[] = [];
      // Some filed in the same millisecond, some answered before filed (a skewed clock).
      for (let i = 0; i < Math.floor(random() * 40); i += 1) {
        const created = T0 + Math.floor(random() * 1000) * 60_000;
        const answered =
          random() < 0.5 ? created + Math.floor((random() - 0.1) * 50) * 3_600_000 : null;
        timings.push({
          createdAt: iso(created),
          firstAnsweredAt: answered === null ? null : iso(answered),
        });
      }
      const tally = answerTimeTally(timings);
      let now = T0 + 2_000 * 60_000;
      for (let step = 0; step < 300; step += 1) {
        const roll = random();
        if (roll < 0.4) {
          const created = now - Math.floor(random() * 100) * 60_000;
          const timing = { createdAt: iso(created), firstAnsweredAt: null };
          timings.push(timing);
          tally.add(timing);
        } else if (roll < 0.7) {
          const waiting = timings.filter((t) => t.firstAnsweredAt === null);
          const chosen = waiting[Math.floor(random() * waiting.length)];
          if (chosen !== undefined) {
            const answeredAt = iso(now);
            expect(tally.answer(chosen.createdAt, answeredAt)).toBe(true);
            chosen.firstAnsweredAt = answeredAt;
          }
        } else {
          now += Math.floor(random() * 600) * 60_000;
        }
        const at = new Date(now);
        expect(tally.size).toBe(timings.length);
        expect(tally.medianHours(at)).toBe(medianHoursToFirstAnswer(timings, at));
      }
    }
  });
});
