import { DEFAULT_DELIVERY_OPTIONS, retryDelayMs } from './delivery-options';

describe('retryDelayMs', () => {
  const at = (random: number) => ({ ...DEFAULT_DELIVERY_OPTIONS, random: () => random });

  it('doubles from about a second, half of it random', () => {
    expect(retryDelayMs(1, null, at(0))).toBe(500);
    expect(retryDelayMs(1, null, at(1))).toBe(1000);
    expect(retryDelayMs(2, null, at(1))).toBe(2000);
    expect(retryDelayMs(4, null, at(0.5))).toBe(6000);
  });

  it('stops growing at five minutes', () => {
    expect(retryDelayMs(20, null, at(1))).toBe(300_000);
    expect(retryDelayMs(20, null, at(0))).toBe(150_000);
  });

  it('never comes back before Retry-After, and keeps its own wait when that is longer', () => {
    expect(retryDelayMs(1, 30_000, at(0))).toBe(30_000);
    expect(retryDelayMs(6, 1_000, at(1))).toBe(32_000);
  });
});
