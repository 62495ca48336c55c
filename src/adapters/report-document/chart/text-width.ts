/*
 * Without a canvas, vega guesses a label's width as 0.8 × its font size per character, which
 * is half again too wide for Arial: labels of 27 characters were cut ("Työikäisten palvelut
 * (alle…") and the axes took room they did not need. The charts are drawn in Arial (Liberation
 * Sans has the same widths, and it is what resvg finds), so its advance widths, per 1000 units
 * of the font size, measure them well enough. Bold is about 7 % wider.
 */

/** Arial's advance widths, per 1000 units of the font size; others count as a digit's. */
const WIDTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      [' !,./:;I[\\]ft\u00a0', 278],
      ['ijl', 222],
      ['"', 355],
      ["'", 191],
      ['()-`r\u201c\u201d\u2019', 333],
      ['*', 389],
      ['+<=>~\u2212\u00d7', 584],
      ['#$0123456789?_abdeghnopquåäöüéL\u2013', 556],
      ['%', 889],
      ['&ABEKPSVXYÄÅ', 667],
      ['CDHNRUw', 722],
      ['FTZ', 611],
      ['GOQÖ', 778],
      ['Jcksvxyz', 500],
      ['Mm', 833],
      ['W', 944],
      ['@', 1015],
      ['{}', 334],
      ['|', 260],
      ['^', 469],
      ['\u2014\u2026', 1000],
    ] as const
  ).flatMap(([chars, width]) => [...chars].map((char) => [char, width])),
);

const DEFAULT_WIDTH = 556;

type TextItem = {
  readonly text?: unknown;
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
  readonly limit?: number;
};

/** The width in pixels of a text in Arial at a font size, bold or not. */
export function arialWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text) units += WIDTHS[char] ?? DEFAULT_WIDTH;
  return (units / 1000) * fontSize * (bold ? 1.07 : 1);
}

/**
 * vega's `textMetrics.width(item, text)`: the width of a text mark's line. Vega cuts a label
 * longer than its `limit` to fit and asks for widths while it does; a width never above the
 * limit is what such a cut label measures.
 */
export function vegaTextWidth(item: TextItem, text?: unknown): number {
  const line = String(text ?? item.text ?? '').trim();
  const size = item.fontSize ?? 11;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || (typeof weight === 'number' && weight >= 600);
  const width = arialWidth(line, size, bold);
  return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
}
