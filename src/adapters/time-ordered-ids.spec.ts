import { timeOrderedIds } from './time-ordered-ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The Unix milliseconds in an id's first 48 bits. */
const msOf = (id: string): number => parseInt(id.replaceAll('-', '').slice(0, 12), 16);

describe('timeOrderedIds', () => {
  // The clock the ids read is the process's; the tests set it. The package keeps its last
  // millisecond for the whole process, so each test starts later than the one before.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('makes RFC 9562 version 7 UUIDs carrying the time in milliseconds', () => {
    const at = Date.parse('2036-11-30T12:34:56.789Z');
    jest.setSystemTime(at);
    const id = timeOrderedIds().next();
    expect(id).toMatch(UUID_V7);
    expect(msOf(id)).toBe(at);
  });

  it('sorts as text in the order the ids were made, across milliseconds', () => {
    let now = Date.parse('2037-01-01T00:00:00.000Z');
    const ids = timeOrderedIds();
    const made: string[] = [];
    for (let i = 0; i < 5000; i += 1) {
      if (i % 7 === 0) jest.setSystemTime((now += 1));
      made.push(ids.next());
    }
    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(made.length);
  });

  it('keeps increasing when many ids are made in one millisecond', () => {
    const at = Date.parse('2038-01-01T00:00:00.000Z');
    jest.setSystemTime(at);
    const ids = timeOrderedIds();
    const made = Array.from({ length: 10_000 }, () => ids.next());
    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(made.length);
    expect(msOf(made[0]!)).toBe(at);
    for (const id of made) expect(id).toMatch(UUID_V7);
  });

  it('keeps increasing when the clock steps back', () => {
    let now = Date.parse('2039-06-01T12:00:00.000Z');
    jest.setSystemTime(now);
    const ids = timeOrderedIds();
    const before = ids.next();
    jest.setSystemTime((now -= 60_000));
    const after = ids.next();
    expect(after > before).toBe(true);
    expect(msOf(after)).toBe(msOf(before));
    jest.setSystemTime((now += 120_000));
    expect(msOf(ids.next())).toBe(now);
  });

  it('is random beyond the time: ids made at one instant differ in their tails', () => {
    jest.setSystemTime(Date.parse('2040-01-01T00:00:00.000Z'));
    const made = Array.from({ length: 1000 }, () => timeOrderedIds().next());
    // The last 48 bits carry randomness: far from constant.
    expect(new Set(made.map((id) => id.slice(-12))).size).toBe(made.length);
  });
});
