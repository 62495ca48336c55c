import { escapeCardText, truncate, userText } from './escape-text';

describe('escapeCardText', () => {
  it.each([
    ['**bold** and _italic_', '\\*\\*bold\\*\\* and \\_italic\\_'],
    ['[click](https://evil.example)', '\\[click\\]\\(https://evil.example\\)'],
    ['<at>Everyone</at>', '\\<at\\>Everyone\\</at\\>'],
    ['`code` ~~strike~~ a|b', '\\`code\\` \\~\\~strike\\~\\~ a\\|b'],
    ['&amp; stays as typed', '\\&amp; stays as typed'],
    ['# heading', '\\# heading'],
    ['- item\n  + item\n= x', '\\- item\n  \\+ item\n\\= x'],
    ['1. first\n2) second', '1\\. first\n2\\) second'],
    ['back\\slash', 'back\\\\slash'],
    ['${template}', '$\\{template\\}'],
  ])('%j → %j', (typed, escaped) => {
    expect(escapeCardText(typed)).toBe(escaped);
  });

  it('leaves ordinary text, hyphens inside lines and Finnish letters alone', () => {
    const text = 'Häätöuhat lisääntyneet 15–25-vuotiailla, 3.5 % enemmän.';
    expect(escapeCardText(text)).toBe(text);
  });
});

describe('truncate', () => {
  it('cuts at a character boundary and marks the cut', () => {
    expect(truncate('äöå😀x', 4)).toBe('äöå…');
    expect(truncate('short', 10)).toBe('short');
  });

  it('escapes after cutting, so no escape is cut in half', () => {
    expect(userText('ab*cd', 4)).toBe('ab\\*…');
  });
});
