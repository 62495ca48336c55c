import { findEmailAddresses } from './email-address';

describe('findEmailAddresses', () => {
  it.each([
    'matti.meikalainen@example.fi',
    'Testi.Henkilo+rake@sote.example.com',
    'äiti.testinen@esimerkki.fi',
    'etunimi.sukunimi(at)example.fi',
    'etunimi.sukunimi[at]example.fi',
  ])('finds %s inside a sentence', (email) => {
    expect(findEmailAddresses(`Yhteys: ${email}.`)).toEqual([email]);
  });

  it.each([
    ['a Teams mention', 'Kiitos @Matti ja @RAKE-työryhmä'],
    ['a domain without a user', 'lue lisää osoitteesta example.fi'],
    ['an at sign without a domain', 'a@b'],
    ['a word "at"', 'meet at noon.'],
  ])('finds nothing in %s', (_what, text) => {
    expect(findEmailAddresses(text)).toEqual([]);
  });
});
