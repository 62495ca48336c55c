import { timeOrderedIds } from './time-ordered-ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The Unix milliseconds in an id's first 48 bits. */
const msOf = (id: string): number => parseInt(id.replaceAll('-', '').slice(0, 12), 16);

describe('timeOrderedIds', () => {
  it('makes RFC 9562 version 7 UUIDs carrying the time in milliseconds', () => {
    const at = Date.parse('2026-11-30T12:34:56.789Z');
    const id = timeOrderedIds(() => at).next();
    expect(id).toMatch(UUID_V7);
    expect(msOf(id)).toBe(at);
  });

  it('sorts as text in the order the ids were made, across milliseconds', () => {
    let now = Date.parse('2026-01-01T00:00:00.000Z');
    const ids = timeOrderedIds(() => now);
    const made: string[] = [];
    for (let i = 0; i < 5000; i += 1) {
      if (i % 7 === 0) now += 1;
      made.push(ids.next());
    }
    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(made.length);
  });

  it('keeps increasing when many ids are made in one millisecond', () => {
    const at = Date.parse('2026-01-01T00:00:00.000Z');
    const ids = timeOrderedIds(() => at);
    // More than the 12-bit counter holds: the overflow borrows the next millisecond.
    const made = Array.from({ length: 10_000 }, () => ids.next());
    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(made.length);
    expect(msOf(made[0]!)).toBe(at);
    for (const id of made) expect(id).toMatch(UUID_V7);
  });

  it('keeps increasing when the clock steps back', () => {
    let now = Date.parse('2026-06-01T12:00:00.000Z');
    const ids = timeOrderedIds(() => now);
    const before = ids.next();
    now -= 60_000;
    const after = ids.next();
    expect(after > before).toBe(true);
    expect(msOf(after)).toBe(msOf(before));
    now += 120_000;
    expect(msOf(ids.next())).toBe(now);
  });

  it('is random beyond the time: two generators at the same instant differ', () => {
    const at = Date.parse('2026-01-01T00:00:00.000Z');
    const a = timeOrderedIds(() => at);
    const b = timeOrderedIds(() => at);
    const fromA = new Set(Array.from({ length: 1000 }, () => a.next()));
    const fromB = Array.from({ length: 1000 }, () => b.next());
    expect(fromB.filter((id) => fromA.has(id))).toEqual([]);
    // The last 62 bits (after the variant) carry the randomness: far from constant.
    const tails = new Set(fromB.map((id) => id.slice(-12)));
    expect(tails.size).toBe(fromB.length);
  });
});
