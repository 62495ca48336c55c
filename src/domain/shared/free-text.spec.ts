import { isBlankText, isWellFormedText, visibleLength } from './free-text';

describe('free text', () => {
  it.each([
    ['', 0],
    ['   \n\t', 0],
    ['\u200B'.repeat(50), 0],
    ['\u00AD\u2060\uFEFF\u200C\u200D\u00A0', 0],
    ['häätö', 5],
    [' h\u200Bä ', 2],
    ['👍🏽', 2],
  ])('counts the visible characters of %j as %i', (text, count) => {
    expect(visibleLength(text)).toBe(count);
    expect(isBlankText(text)).toBe(count === 0);
  });

  it('refuses half a character (a lone surrogate), not a whole one', () => {
    expect(isWellFormedText('a\uD800b')).toBe(false);
    expect(isWellFormedText('a\uDC00')).toBe(false);
    expect(isWellFormedText('emoji 😀 ja 𝟘')).toBe(true);
  });
});
