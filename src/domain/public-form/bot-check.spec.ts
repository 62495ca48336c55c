import { looksLikeBot, MIN_FILL_MS } from './bot-check';

describe('looksLikeBot', () => {
  const now = 1_000_000;
  it('passes a person: honeypot empty, filled for longer than the minimum', () => {
    expect(looksLikeBot({ website: null, startedAt: now - MIN_FILL_MS }, now)).toBe(false);
    expect(looksLikeBot({ website: '  ', startedAt: now - 60_000 }, now)).toBe(false);
  });

  it('catches a filled honeypot, a form sent too fast, and a render time from the future', () => {
    expect(looksLikeBot({ website: 'http://spam.example', startedAt: now - 60_000 }, now)).toBe(
      true,
    );
    expect(looksLikeBot({ website: null, startedAt: now - MIN_FILL_MS + 1 }, now)).toBe(true);
    expect(looksLikeBot({ website: null, startedAt: now + 5_000 }, now)).toBe(true);
  });
});
