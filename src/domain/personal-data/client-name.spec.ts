import { findClientNames } from './client-name';

describe('findClientNames', () => {
  it.each([
    ['Asiakas Virtanen kertoi', 'Virtanen'],
    ['asiakas Matti kertoi', 'Matti'],
    ['asiakkaan Matin mukaan', 'Matin'],
    ['Asiakkaalle Annalle soitettiin', 'Annalle'],
    ['asiakkaalla Liisa-Maija on', 'Liisa-Maija'],
    ['asiakas M. Virtanen', 'M.'],
    ['klienten Anna berättade', 'Anna'],
    ['the client Smith said', 'Smith'],
  ])('finds the name in "%s"', (text, name) => {
    expect(findClientNames(text)).toEqual([name]);
  });

  it.each([
    ['a lower-case word', 'asiakas kertoi, että vuokra nousi'],
    ['an abbreviation', 'asiakas SPro-ilmoituksen jälkeen'],
    ['an agency', 'asiakas Kelan kautta'],
    ['a sentence break', 'Tapasin asiakkaan. Kotikäynti sujui.'],
    ['a longer word', 'asiakasMatti'],
    ['no client word', 'Matti Virtanen'],
  ])('finds nothing in %s', (_what, text) => {
    expect(findClientNames(text)).toEqual([]);
  });
});
