import { evaluate, fieldsOf, parseFilter } from './odata-filter';
import { GraphErrorSignal } from './errors';

// $filter syntax as in "Use query parameters to customize responses"
// (https://learn.microsoft.com/graph/query-parameters#filter-parameter): eq, ne, gt, ge, lt, le,
// in, and, or, not, parentheses; string literals in single quotes, '' escapes a quote.
describe('graph double: OData $filter on list item fields', () => {
  const row = {
    Status: 'review',
    Area: "O'Hara",
    Score: 7,
    At: '2026-03-01T10:00:00Z',
    Done: false,
  };
  const matches = (f: string) => evaluate(parseFilter(f), row);

  it.each([
    ["fields/Status eq 'review'", true],
    ["fields/Status ne 'review'", false],
    ["fields/Area eq 'O''Hara'", true],
    ["fields/Status eq 'review' and fields/Score ge 7", true],
    ["fields/Status eq 'new' or fields/Score lt 8", true],
    ["fields/At ge '2026-03-01T00:00:00Z' and fields/At lt '2026-03-02T00:00:00Z'", true],
    ["fields/At gt '2026-03-01T10:00:00Z'", false],
    ["fields/At le '2026-03-01T10:00:00Z'", true],
    ["fields/Status in ('new','review')", true],
    ["fields/Status in ('new')", false],
    ["not (fields/Status eq 'new')", true],
    ['fields/Done eq false', true],
    ['fields/Missing eq null', true],
    ["(fields/Status eq 'x' or fields/Status eq 'review') and fields/Score gt 6", true],
    ['fields/Score gt 10', false],
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it('compares number texts as numbers, other texts as they are', () => {
    const texts = { Count: '10', Price: '-2.50', Key: 'k-1', Zero: '0' };
    const on = (f: string) => evaluate(parseFilter(f), texts);
    expect(on("fields/Count eq '10.0'")).toBe(true);
    expect(on('fields/Count eq 10')).toBe(true);
    expect(on("fields/Price eq '-2.5'")).toBe(true);
    expect(on("fields/Count gt '9'")).toBe(true);
    expect(on("fields/Key eq 'k-1'")).toBe(true);
    expect(on("fields/Key eq 'k-10'")).toBe(false);
    expect(on("fields/Zero eq '00'")).toBe(true);
    expect(on("fields/Zero eq '-'")).toBe(false);
  });

  it('lists the fields a filter references (for the index check)', () => {
    expect(
      fieldsOf(parseFilter("fields/A eq 'x' and (fields/B in ('y') or not fields/C eq 1)")),
    ).toEqual(['A', 'B', 'C']);
  });

  it.each([
    "Status eq 'x'",
    "fields/Status eq 'x",
    "fields/Status like 'x'",
    "fields/A eq 'x' garbage",
  ])('refuses %s with invalidRequest', (filter) => {
    expect(() => parseFilter(filter)).toThrow(GraphErrorSignal);
  });
});
