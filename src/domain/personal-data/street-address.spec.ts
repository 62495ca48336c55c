import { findStreetAddresses } from './street-address';

describe('findStreetAddresses', () => {
  it.each([
    ['Kauppakatu 5', 'Kauppakatu 5'],
    ['kauppakatu 5', 'kauppakatu 5'],
    ['Koivutie 12 B 4', 'Koivutie 12 B'],
    ['Koivutie 12B', 'Koivutie 12B'],
    ['Pihlajakuja 3', 'Pihlajakuja 3'],
    ['Kettupolku 7', 'Kettupolku 7'],
    ['Satamaväylä 21', 'Satamaväylä 21'],
    ['Kotirinne 2', 'Kotirinne 2'],
    ['Lehmuskaari 14', 'Lehmuskaari 14'],
    ['Rantaraitti 7.', 'Rantaraitti 7'],
    ['Storgatan 3', 'Storgatan 3'],
    ['Skolvägen 12, Kotka', 'Skolvägen 12'],
    ['Hämeen-Härkätie 100', 'Hämeen-Härkätie 100'],
  ])('finds the address in "%s"', (text, address) => {
    expect(findStreetAddresses(`Asuu osoitteessa ${text}`)).toEqual([address]);
  });

  it.each([
    ['a street name without a number', 'Kauppakadulla on ruuhkaa.'],
    ['the bare word katu', 'katu 5 kertaa'],
    ['a main road number', 'valtatie 5 ja kantatie 76'],
    ['a year after a street', 'Kävelykatu 2025'],
    ['a distance', 'Kauppakatu 5 km päässä'],
    ['a share', 'Kauppakatu 50 % ajasta'],
    ['a decimal', 'Koivutie 1,5 kertaa'],
    ['a word that only ends like one', 'Tietokatu-hanke'],
  ])('finds nothing in %s', (_what, text) => {
    expect(findStreetAddresses(text)).toEqual([]);
  });
});
