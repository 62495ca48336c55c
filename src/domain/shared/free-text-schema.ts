import { z } from 'zod';
import { isWellFormedText, visibleLength } from './free-text';
import { customIssue } from './zod-problems';

export type FreeTextRules = {
  readonly max: number;
  /** Fewest visible characters of a text that is given (too_short). */
  readonly min?: number;
  /** A text with no visible character is `required`. */
  readonly required?: boolean;
};

/**
 * A free-text field: at most `max` UTF-16 units as sent, whole characters only
 * (`invalid_characters`), and when required or bounded below, judged by what a reader sees.
 * The text itself is kept as typed.
 */
export function freeText({ max, min, required = false }: FreeTextRules) {
  return z
    .string()
    .max(max)
    .check((ctx) => {
      if (!isWellFormedText(ctx.value)) {
        ctx.issues.push(customIssue(ctx.value, { problem: 'invalid_characters' }));
        return;
      }
      const visible = visibleLength(ctx.value);
      if (required && visible === 0) {
        ctx.issues.push(customIssue(ctx.value, { problem: 'required' }));
      } else if (min !== undefined && visible > 0 && visible < min) {
        ctx.issues.push(customIssue(ctx.value, { problem: 'too_short', limit: min }));
      }
    });
}
