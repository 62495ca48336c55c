/** Longest excerpt a card shows of an observation's description. */
export const EXCERPT_MAX = 300;

/**
 * The start of a text for a card: whitespace folded to single spaces, cut on a word boundary
 * with an ellipsis so that a card never ends in half a word. A single word longer than the
 * limit is cut inside the word rather than dropped.
 */
export function excerptOf(text: string, max: number = EXCERPT_MAX): string {
  const folded = text.replace(/\s+/gu, ' ').trim();
  if (folded.length <= max) return folded;
  const room = max - 1; // the ellipsis takes one character
  const cut = folded.slice(0, room + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = lastSpace > 0 ? cut.slice(0, lastSpace) : folded.slice(0, room);
  return `${head.replace(/[\s.,;:!?-]+$/u, '')}…`;
}
