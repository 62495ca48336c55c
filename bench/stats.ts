/** Order statistics over timings in milliseconds. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, rank)] as number;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export const fmt = (value: number, digits = 2): string =>
  value.toLocaleString('fi-FI', { maximumFractionDigits: digits, minimumFractionDigits: digits });
