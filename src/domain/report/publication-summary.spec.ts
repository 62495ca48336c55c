import { publicationSummary } from './publication-summary';

describe('publicationSummary', () => {
  it('is the introduction on one line, cut at 200 characters with an ellipsis', () => {
    expect(publicationSummary({ introduction: '  Ensimmäinen kappale.\n\nToinen.  ' })).toBe(
      'Ensimmäinen kappale. Toinen.',
    );
    const long = publicationSummary({ introduction: 'sana '.repeat(100) });
    expect(long).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
    expect(publicationSummary({ introduction: 'x'.repeat(200) })).toBe('x'.repeat(200));
  });
});
