/** The HTTP face of an observation's version: a strong ETag `"<version>"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

export type IfMatch =
  | { readonly kind: 'missing' }
  | { readonly kind: 'any' }
  /** The versions the caller names; empty when nothing in the header can match. */
  | { readonly kind: 'versions'; readonly versions: readonly number[] };

/**
 * Parses If-Match (RFC 9110 13.1.1). Weak tags never match (If-Match uses strong
 * comparison), and tags that are not one of our versions are kept as "matches nothing",
 * so the answer is 412 rather than a write.
 */
export function parseIfMatch(header: string | undefined): IfMatch {
  if (header === undefined || header.trim() === '') return { kind: 'missing' };
  if (header.trim() === '*') return { kind: 'any' };
  const versions: number[] = [];
  for (const tag of header.split(',')) {
    const match = /^"(\d{1,15})"$/.exec(tag.trim());
    if (match?.[1] !== undefined) versions.push(Number(match[1]));
  }
  return { kind: 'versions', versions };
}
