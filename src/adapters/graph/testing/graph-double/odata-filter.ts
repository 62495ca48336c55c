import { GraphErrorSignal } from './errors';

/**
 * The slice of OData `$filter` a SharePoint-list adapter needs on
 * `/items?$expand=fields&$filter=…`: `fields/<name> <op> <literal>` with eq, ne, gt, ge, lt, le,
 * `fields/<name> in ('a','b')`, joined by `and` / `or`, `not`, and parentheses.
 */
export type Literal = string | number | boolean | null;

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | {
      readonly kind: 'compare';
      readonly op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
      readonly field: string;
      readonly value: Literal;
    }
  | { readonly kind: 'in'; readonly field: string; readonly values: readonly Literal[] };

type Token =
  | { readonly t: 'word'; readonly v: string }
  | { readonly t: 'string'; readonly v: string }
  | { readonly t: 'number'; readonly v: number }
  | { readonly t: 'punct'; readonly v: '(' | ')' | ',' };

function bad(message: string): GraphErrorSignal {
  return new GraphErrorSignal(400, 'invalidRequest', `Invalid filter clause: ${message}`);
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input.charAt(i);
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ t: 'punct', v: ch });
      i++;
    } else if (ch === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= input.length) throw bad('unterminated string literal');
        const c = input.charAt(i);
        if (c === "'") {
          if (input.charAt(i + 1) === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += c;
        i++;
      }
      tokens.push({ t: 'string', v: value });
    } else {
      const match = /^[^\s(),']+/.exec(input.slice(i));
      const word = match?.[0] ?? '';
      i += word.length;
      if (/^-?\d+(\.\d+)?$/.test(word)) tokens.push({ t: 'number', v: Number(word) });
      else tokens.push({ t: 'word', v: word });
    }
  }
  return tokens;
}

const COMPARE_OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

export function parseFilter(input: string): FilterNode {
  const tokens = tokenize(input);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (w: string): boolean => {
    const t = peek();
    return t?.t === 'word' && t.v.toLowerCase() === w;
  };
  const expectPunct = (p: '(' | ')' | ','): void => {
    const t = tokens[pos++];
    if (t?.t !== 'punct' || t.v !== p) throw bad(`expected '${p}'`);
  };
  const literal = (): Literal => {
    const t = tokens[pos++];
    if (!t) throw bad('expected a value');
    if (t.t === 'string' || t.t === 'number') return t.v;
    if (t.t === 'word') {
      if (t.v === 'true') return true;
      if (t.v === 'false') return false;
      if (t.v === 'null') return null;
      // Unquoted ISO dates, as OData allows for DateTimeOffset literals.
      if (/^\d{4}-\d{2}-\d{2}/.test(t.v)) return t.v;
    }
    throw bad(`unexpected '${String(t.v)}'`);
  };

  const primary = (): FilterNode => {
    if (isWord('not')) {
      pos++;
      return { kind: 'not', operand: primary() };
    }
    const t = peek();
    if (t?.t === 'punct' && t.v === '(') {
      pos++;
      const inner = or();
      expectPunct(')');
      return inner;
    }
    const subject = tokens[pos++];
    if (subject?.t !== 'word' || !subject.v.startsWith('fields/')) {
      throw bad('only fields/<name> can be filtered on list items');
    }
    const field = subject.v.slice('fields/'.length);
    const opToken = tokens[pos++];
    const op = opToken?.t === 'word' ? opToken.v.toLowerCase() : '';
    if (op === 'in') {
      expectPunct('(');
      const values: Literal[] = [literal()];
      while (peek()?.t === 'punct' && peek()?.v === ',') {
        pos++;
        values.push(literal());
      }
      expectPunct(')');
      return { kind: 'in', field, values };
    }
    if (!COMPARE_OPS.has(op)) throw bad(`unsupported operator '${op}'`);
    return {
      kind: 'compare',
      op: op as 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le',
      field,
      value: literal(),
    };
  };
  const and = (): FilterNode => {
    let left = primary();
    while (isWord('and')) {
      pos++;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const or = (): FilterNode => {
    let left = and();
    while (isWord('or')) {
      pos++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };

  const tree = or();
  if (pos !== tokens.length) throw bad('unexpected trailing input');
  return tree;
}

export function fieldsOf(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...fieldsOf(node.left), ...fieldsOf(node.right)];
    case 'not':
      return fieldsOf(node.operand);
    case 'compare':
    case 'in':
      return [node.field];
  }
}

const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;
/**
 * NUMBER_TEXT, with the first character checked before the regex: a filter compares every
 * item of the list, and the two-instance test's lists hold 10,000 (most values are keys).
 */
const isNumberText = (text: string): boolean => {
  const first = text.charCodeAt(0);
  return ((first >= 48 && first <= 57) || first === 45) && NUMBER_TEXT.test(text);
};

/** Orders numbers numerically and everything else (text, ISO dates) as strings. */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  if (isNumberText(x) && isNumberText(y)) return Number(x) - Number(y);
  return x < y ? -1 : x > y ? 1 : 0;
}

function equal(a: unknown, b: Literal): boolean {
  if (b === null) return a === null || a === undefined;
  if (a === b) return true;
  // Two texts that differ are equal only as numbers ('1.0' and '1'): spares compareValues.
  if (typeof a === 'string' && typeof b === 'string' && !(isNumberText(a) && isNumberText(b))) {
    return false;
  }
  return compareValues(a, b) === 0 && a !== null && a !== undefined;
}

export function evaluate(node: FilterNode, fields: Record<string, unknown>): boolean {
  switch (node.kind) {
    case 'and':
      return evaluate(node.left, fields) && evaluate(node.right, fields);
    case 'or':
      return evaluate(node.left, fields) || evaluate(node.right, fields);
    case 'not':
      return !evaluate(node.operand, fields);
    case 'in':
      return node.values.some((v) => equal(fields[node.field], v));
    case 'compare': {
      const actual = fields[node.field];
      if (node.op === 'eq') return equal(actual, node.value);
      if (node.op === 'ne') return !equal(actual, node.value);
      if (actual === null || actual === undefined || node.value === null) return false;
      const c = compareValues(actual, node.value);
      if (node.op === 'gt') return c > 0;
      if (node.op === 'ge') return c >= 0;
      if (node.op === 'lt') return c < 0;
      return c <= 0;
    }
  }
}
