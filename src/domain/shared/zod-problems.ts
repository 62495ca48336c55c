import type { z } from 'zod';
import type { FieldProblem } from './field-problem';
import { err, ok, type Result } from './result';

/** The field name used when the body itself is wrong (not an object, or empty). */
export const BODY_FIELD = 'body';

/**
 * What a custom check puts into a zod issue's `params` so that the problem keeps our
 * stable code instead of zod's wording.
 */
export type ProblemParams = { readonly problem: FieldProblem['code']; readonly limit?: number };

/** A custom zod issue carrying one of our codes (for use inside `.check()`). */
export function customIssue(input: unknown, params: ProblemParams): z.core.$ZodRawIssue {
  return { code: 'custom', input, params, message: params.problem };
}

/**
 * Parses with a zod schema and turns its issues into field problems, one per field (the
 * first one zod reports), so the form can show every problem at once without repeats.
 */
export function parseToResult<S extends z.ZodType>(
  schema: S,
  input: unknown,
): Result<z.output<S>, FieldProblem[]> {
  // reportInput lets us tell a missing field (input undefined) from one of the wrong type.
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return err(problemsFromIssues(parsed.error.issues));
}

export function problemsFromIssues(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  const byField = new Map<string, FieldProblem>();
  for (const issue of issues) {
    for (const problem of problemsOf(issue)) {
      if (!byField.has(problem.field)) byField.set(problem.field, problem);
    }
  }
  return [...byField.values()];
}

function problemsOf(issue: z.core.$ZodIssue): FieldProblem[] {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        field: fieldName([...issue.path, key]),
        code: 'unknown_field',
      }));
    case 'invalid_type':
      return [{ field, code: issue.input === undefined ? 'required' : 'invalid_type' }];
    case 'invalid_value':
      return [{ field, code: issue.input === undefined ? 'required' : 'unknown_choice' }];
    case 'too_big':
      return [
        {
          field,
          code: issue.origin === 'number' ? 'out_of_range' : 'too_long',
          limit: Number(issue.maximum),
        },
      ];
    case 'too_small':
      return [
        {
          field,
          code: issue.origin === 'number' ? 'out_of_range' : 'too_short',
          limit: Number(issue.minimum),
        },
      ];
    case 'custom': {
      const params = issue.params as ProblemParams | undefined;
      if (params?.problem === undefined) return [{ field, code: 'invalid_type' }];
      return [
        params.limit === undefined
          ? { field, code: params.problem }
          : { field, code: params.problem, limit: params.limit },
      ];
    }
    default:
      return [{ field, code: 'invalid_type' }];
  }
}

/** `['coReporterIds', 3]` → `coReporterIds.3`; the empty path is the body itself. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? BODY_FIELD : path.map(String).join('.');
}
