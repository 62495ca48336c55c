import { hoursToFirstAnswer, medianHoursToFirstAnswer, type AnswerTiming } from './answer-time';

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
