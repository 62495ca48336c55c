/**
 * A capitalised word right after the word for client is most likely the client's name:
 * "asiakas Virtanen", "asiakkaan Matin", "klienten Anna", "client Smith". The word for
 * client may be in any of its common inflected forms; the name must start with a capital
 * (an initial with a full stop counts: "asiakas M. V.").
 */
const CLIENT_WORDS = [
  'asiakas',
  'asiakasta',
  'asiakkaan',
  'asiakkaana',
  'asiakkaaksi',
  'asiakkaalle',
  'asiakkaalla',
  'asiakkaalta',
  'asiakkaasta',
  'asiakkaassa',
  'asiakkaaseen',
  'asiakkaat',
  'asiakkaiden',
  'asiakkaitten',
  'asiakkaita',
  'asiakkaille',
  'asiakkailla',
  'asiakkailta',
  'klient',
  'klienten',
  'klientens',
  'client',
  'clients',
  "client's",
];

// The client word in either case; the name only capitalised (so no `i` flag on the name).
const keyword = (word: string) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`;
const CLIENT_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${CLIENT_WORDS.map(keyword).join('|')})[ \\u00A0]+` +
    `(\\p{Lu}(?:\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\.))(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Capitalised words that follow "asiakas" without being anyone's name. */
const NOT_NAMES = /^(?:Kela|Kelan|Kelaan|Kelalle|Kelalta|Kelasta|Kelassa)$/u;

/** Likely client names in the text (the name only). */
export function findClientNames(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CLIENT_NAME)) {
    const name = match[1] ?? '';
    if (!NOT_NAMES.test(name)) found.push(name);
  }
  return found;
}
