import { publishBreakdown, type CountCell } from './small-counts';

const cells = (counts: Record<string, number>): CountCell[] =>
  Object.entries(counts).map(([id, count]) => ({ id, count }));
const view = (result: ReturnType<typeof publishBreakdown>) => ({
  cells: Object.fromEntries(
    result.cells.map((c) => [c.id, c.shown.kind === 'count' ? c.shown.value : '< 5']),
  ),
  total: result.total.kind === 'count' ? result.total.value : '< 5',
});

describe('publishing small counts', () => {
  it('shows counts of five and more, and zeros, as they are', () => {
    expect(view(publishBreakdown(cells({ kajaani: 12, sotkamo: 5, hyrynsalmi: 0 }), 17))).toEqual({
      cells: { kajaani: 12, sotkamo: 5, hyrynsalmi: 0 },
      total: 17,
    });
  });

  it('suppresses 1–4, and a second cell when the first could be taken from the total', () => {
    // Ristijärvi's 2 would be 30 − 20 − 8 without the second suppression.
    expect(view(publishBreakdown(cells({ kajaani: 20, sotkamo: 8, ristijarvi: 2 }), 30))).toEqual({
      cells: { kajaani: 20, sotkamo: '< 5', ristijarvi: '< 5' },
      total: 30,
    });
  });

  it('needs no second suppression when two cells are small already', () => {
    expect(view(publishBreakdown(cells({ kajaani: 20, puolanka: 3, ristijarvi: 1 }), 24))).toEqual({
      cells: { kajaani: 20, puolanka: '< 5', ristijarvi: '< 5' },
      total: 24,
    });
  });

  it('suppresses a small total, and then nothing is recovered from it', () => {
    expect(view(publishBreakdown(cells({ kajaani: 0, hyrynsalmi: 3 }), 3))).toEqual({
      cells: { kajaani: 0, hyrynsalmi: '< 5' },
      total: '< 5',
    });
  });

  it('never lets a suppressed cell be computed back from the published ones', () => {
    // Every breakdown of up to four cells of 0–9 with its total.
    for (let n = 0; n < 10_000; n++) {
      const counts = [
        n % 10,
        Math.floor(n / 10) % 10,
        Math.floor(n / 100) % 10,
        Math.floor(n / 1000),
      ];
      const total = counts.reduce((a, b) => a + b, 0);
      const result = publishBreakdown(
        counts.map((count, i) => ({ id: `m${i}`, count })),
        total,
      );
      const hidden = result.cells.filter((c) => c.shown.kind === 'suppressed');
      for (const cell of result.cells) {
        const count = counts[Number(cell.id.slice(1))]!;
        if (count > 0 && count < 5) expect(cell.shown.kind).toBe('suppressed');
      }
      if (result.total.kind === 'count') expect(hidden.length).not.toBe(1);
    }
  });
});
