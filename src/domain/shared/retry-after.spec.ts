import { retryAfterMs } from './retry-after';

// Retry-After is delta-seconds or an HTTP date — https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-24T08:00:00Z');

  it('reads delta-seconds, never below zero', () => {
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs(' 1.5 ', now)).toBe(1500);
    expect(retryAfterMs('-3', now)).toBe(0);
  });

  it('reads an HTTP date as the time left until it, zero once it has passed', () => {
    expect(retryAfterMs('Tue, 24 Nov 2026 08:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Tue, 24 Nov 2026 07:59:00 GMT', now)).toBe(0);
  });

  it('has nothing to say without a readable value', () => {
    for (const value of [null, undefined, '', '  ', 'soon']) {
      expect(retryAfterMs(value, now)).toBeNull();
    }
  });
});
