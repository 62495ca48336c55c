import { arialWidth, vegaTextWidth } from './text-width';

describe('arialWidth', () => {
  it('measures as Arial does, not as 0.8 of the font size per character', () => {
    // "Kajaani" in Arial: K 667 + a 556 + j 222 + a 556 + a 556 + n 556 + i 222 = 3 335.
    expect(arialWidth('Kajaani', 12)).toBeCloseTo(40.02, 2);
    expect(arialWidth('Työikäisten palvelut (alle 5)', 12)).toBeLessThan(0.8 * 12 * 29 * 0.7);
    expect(arialWidth('5', 12, true)).toBeGreaterThan(arialWidth('5', 12));
  });
});

describe('vegaTextWidth', () => {
  it('measures the line it is given, or the item’s text, at the item’s font size', () => {
    expect(vegaTextWidth({ fontSize: 10 }, 'ab')).toBeCloseTo(11.12, 2);
    expect(vegaTextWidth({ text: 'ab', fontSize: 10 })).toBeCloseTo(11.12, 2);
    expect(vegaTextWidth({ text: 'ab' })).toBeCloseTo(12.232, 3);
  });

  it('never measures more than a label’s limit, which vega cuts it to', () => {
    expect(vegaTextWidth({ fontSize: 12, limit: 50 }, 'Opiskeluhuollon kuraattoripalvelut')).toBe(
      50,
    );
    expect(vegaTextWidth({ fontSize: 12, limit: 0 }, 'Opiskeluhuollon')).toBeGreaterThan(50);
  });
});
