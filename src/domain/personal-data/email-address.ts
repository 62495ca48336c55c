/**
 * E-mail addresses, including the "(at)" and "[at]" spellings that Finnish public bodies
 * use on their web pages (etunimi.sukunimi(at)example.fi). A Teams @-mention has no
 * domain and is not matched.
 */
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+(?:@|\s?[([]at[)\]]\s?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/giu;

/** Likely e-mail addresses in the text, as written there. */
export function findEmailAddresses(text: string): string[] {
  return [...text.matchAll(EMAIL)].map((match) => match[0]);
}
