import { LOCALES } from './localized-text';

describe('LOCALES', () => {
  it('are Finnish first, then Swedish and English', () => {
    expect(LOCALES).toEqual(['fi', 'sv', 'en']);
  });
});
