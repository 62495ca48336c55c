/**
 * Voikko's WORDBASES attribute split into the words a compound is made of. It lists each
 * morpheme as `+surface(base)`: "+häätö(häätö)+uhka(uhka)" is häätö + uhka;
 * "+mielen(mieli)+terve(terve)+ys(+ys)+palvel(palvella)+u(+u)" is mieli + terveys + palvelu
 * (a base starting with "+" is a derivational suffix of the morpheme before it); "+-" is the
 * hyphen of "vuokra-asunto"; "+toimeentulo(toimeen=tulo)" marks an old compound with "=".
 */
const MORPHEME = /\+([^+(]*)(?:\(([^)]*)\))?/g;

type Morpheme = { readonly surface: string; readonly base: string | null };
type Component = { root: Morpheme; suffixes: Morpheme[] };

/** The base forms of a compound's parts, lower-cased; one entry for a simple word. */
export function compoundParts(wordBases: string): string[] {
  const components: Component[] = [];
  for (const [, surface = '', base] of wordBases.matchAll(MORPHEME)) {
    const morpheme = { surface, base: base ?? null };
    const last = components[components.length - 1];
    if (isSuffix(morpheme) && last !== undefined) last.suffixes.push(morpheme);
    else if (/\p{L}/u.test(surface)) components.push({ root: morpheme, suffixes: [] });
  }
  return components.map(readable).map((part) => part.replace(/=/g, '').toLowerCase());
}

/**
 * A derivational suffix ("+ys", "+u") or a one- or two-letter joint without a base ("+n",
 * "+t" in "häädetty"); a longer morpheme without a base ("+sosiaali") is a root of its own.
 */
function isSuffix(morpheme: Morpheme): boolean {
  if (morpheme.base !== null) return morpheme.base.startsWith('+');
  return morpheme.surface.length <= 2 && morpheme.surface !== '-';
}

/**
 * A simple part is its base ("mielen(mieli)" → "mieli"). A derived part is its surface with
 * the last suffix in its base form, since the surface may be inflected inside the compound:
 * "terve" + "yden(+ys)" → "terveys", "palvel" + "u(+u)" → "palvelu".
 */
function readable({ root, suffixes }: Component): string {
  if (suffixes.length === 0) return root.base ?? root.surface;
  const last = suffixes[suffixes.length - 1] as Morpheme;
  const middle = suffixes.slice(0, -1).map((suffix) => suffix.surface);
  const ending = last.base === null ? last.surface : last.base.slice(1);
  return [root.surface, ...middle, ending].join('');
}

/** The base of the first morpheme: the verb of a participle ("+hääde(häätää)+t+ty(+ty)"). */
export function rootBase(wordBases: string): string | null {
  const base = /^\+[^+(]*\(([^)]*)\)/.exec(wordBases)?.[1];
  return base === undefined || base.startsWith('+') ? null : base.replace(/=/g, '').toLowerCase();
}
