/**
 * A street name (one word ending like a Finnish or Swedish street) followed by a house
 * number: Kauppakatu 5, Koivutie 12 B 4, Storgatan 3. The ending alone is not a street
 * ("katu 5" is a count), so at least two letters must come before it.
 */
const STREET_ENDINGS = [
  'katu',
  'tie',
  'kuja',
  'polku',
  'väylä',
  'rinne',
  'kaari',
  'kaarre',
  'raitti',
  'tanhua',
  'gatan',
  'vägen',
  'gränd',
  'stigen',
];

const STREET_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])([\\p{L}-]{2,}(?:${STREET_ENDINGS.join('|')}))[ \\u00A0]+` +
    // House number up to three digits, maybe a staircase letter; not a share, sum or length.
    `\\d{1,3}(?:[ \\u00A0]?\\p{L}(?![\\p{L}]))?(?![\\p{N}]|[.,]\\d|[ \\u00A0]?(?:%|€|§|km|m(?![\\p{L}])))`,
  'giu',
);

/** Numbered roads are road numbers, not addresses: "valtatie 5", "kantatie 76". */
const ROAD_NUMBER = /(?:valta|kanta|seutu|yhdys|moottori|maan)tie$/iu;

/** Likely street addresses in the text, as written there. */
export function findStreetAddresses(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(STREET_ADDRESS)) {
    if (ROAD_NUMBER.test(match[1] ?? '')) continue;
    found.push(match[0]);
  }
  return found;
}
