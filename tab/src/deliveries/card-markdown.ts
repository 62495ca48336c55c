/**
 * The bot escapes every markdown mark in its cards' texts with a CommonMark backslash, and
 * uses no formatting of its own; Teams shows such text without the backslashes. The preview
 * does the same: the escapes come off, and the text goes in as text, never as HTML.
 */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;

export function cardTextAsHtml(text: string): string {
  const plain = text.replace(ESCAPED, '$1');
  const element = document.createElement('span');
  element.textContent = plain;
  return element.innerHTML;
}
