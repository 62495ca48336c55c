import { z } from 'zod';
import { customIssue, parseToResult, problemsFromIssues } from './zod-problems';

const schema = z.strictObject({
  name: z.string().min(2).max(5),
  count: z.number().int().min(1).max(9).optional(),
  tags: z.array(z.string()).max(2).optional(),
  color: z.enum(['red', 'blue']).optional(),
  even: z
    .number()
    .check((ctx) => {
      if (ctx.value % 2 !== 0)
        ctx.issues.push(customIssue(ctx.value, { problem: 'out_of_range', limit: 2 }));
    })
    .optional(),
});

describe('parseToResult', () => {
  it('passes parsed data through', () => {
    expect(parseToResult(schema, { name: 'abc', count: 3 })).toEqual({
      ok: true,
      value: { name: 'abc', count: 3 },
    });
  });

  it('tells a missing field from one of the wrong type', () => {
    expect(parseToResult(schema, {})).toEqual({
      ok: false,
      error: [{ field: 'name', code: 'required' }],
    });
    expect(parseToResult(schema, { name: 5 })).toEqual({
      ok: false,
      error: [{ field: 'name', code: 'invalid_type' }],
    });
  });

  it('maps lengths to too_long/too_short and numbers to out_of_range, with the limit', () => {
    expect(parseToResult(schema, { name: 'a', count: 10, tags: ['a', 'b', 'c'] })).toEqual({
      ok: false,
      error: [
        { field: 'name', code: 'too_short', limit: 2 },
        { field: 'count', code: 'out_of_range', limit: 9 },
        { field: 'tags', code: 'too_long', limit: 2 },
      ],
    });
    expect(parseToResult(schema, { name: 'abcdef', count: 0 })).toEqual({
      ok: false,
      error: [
        { field: 'name', code: 'too_long', limit: 5 },
        { field: 'count', code: 'out_of_range', limit: 1 },
      ],
    });
  });

  it('maps an unknown enum value to unknown_choice and a custom check to its own code', () => {
    expect(parseToResult(schema, { name: 'abc', color: 'green', even: 3 })).toEqual({
      ok: false,
      error: [
        { field: 'color', code: 'unknown_choice' },
        { field: 'even', code: 'out_of_range', limit: 2 },
      ],
    });
  });

  it('names each unknown field and paths inside arrays', () => {
    expect(parseToResult(schema, { name: 'abc', tags: ['a', 1], x: 1, y: 2 })).toEqual({
      ok: false,
      error: [
        { field: 'tags.1', code: 'invalid_type' },
        { field: 'x', code: 'unknown_field' },
        { field: 'y', code: 'unknown_field' },
      ],
    });
  });

  it('calls the body itself `body`', () => {
    expect(parseToResult(schema, 'abc')).toEqual({
      ok: false,
      error: [{ field: 'body', code: 'invalid_type' }],
    });
  });
});

describe('problemsFromIssues', () => {
  it('keeps the first problem of each field only', () => {
    const issues = [
      { code: 'custom', path: ['a'], message: '', input: 1, params: { problem: 'required' } },
      {
        code: 'custom',
        path: ['a'],
        message: '',
        input: 1,
        params: { problem: 'too_long', limit: 3 },
      },
    ] as const;
    expect(problemsFromIssues(issues as unknown as z.core.$ZodIssue[])).toEqual([
      { field: 'a', code: 'required' },
    ]);
  });

  it('falls back to invalid_type for issues it has no code for', () => {
    const issues = [{ code: 'custom', path: ['a'], message: 'x', input: 1 }];
    expect(problemsFromIssues(issues as unknown as z.core.$ZodIssue[])).toEqual([
      { field: 'a', code: 'invalid_type' },
    ]);
  });
});
