import { EXCERPT_MAX, excerptOf } from './excerpt';

describe('excerptOf', () => {
  it('keeps a short text whole, with its whitespace folded', () => {
    expect(excerptOf('  Häädöt\n\nlisääntyvät   nopeasti ')).toBe('Häädöt lisääntyvät nopeasti');
  });

  it('cuts a long text on a word, within the limit, with an ellipsis', () => {
    const text = 'vuokrarästit '.repeat(40);
    const excerpt = excerptOf(text);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX);
    expect(excerpt).toMatch(/ vuokrarästit…$/u);
  });

  it('drops punctuation before the ellipsis', () => {
    expect(excerptOf('Yksi, kaksi, kolme', 13)).toBe('Yksi, kaksi…');
  });

  it('cuts inside a single word longer than the limit', () => {
    expect(excerptOf('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('keeps a text exactly at the limit', () => {
    expect(excerptOf('x'.repeat(EXCERPT_MAX))).toHaveLength(EXCERPT_MAX);
  });
});
