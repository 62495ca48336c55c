import { randomInt } from 'node:crypto';
import type { PersonalDataWarning } from '../../domain/personal-data/personal-data-finding';
import { looksLikeBot } from '../../domain/public-form/bot-check';
import type { PublicSubmission } from '../../domain/public-form/public-submission';
import { newReceipt } from '../../domain/public-form/receipt';
import { validatePublicSubmission } from '../../domain/public-form/validate-public-submission';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { notFound, validationError, type AppError } from '../app-error';
import { guardFreeText } from '../guard-free-text';
import { openPublicForm } from './public-form-store';

export type PublicSubmitOutcome = {
  /** The code the reporter follows the status with. */
  readonly receipt: string;
  /** Likely personal data the reporter should check (as on the staff form). */
  readonly warnings: readonly PersonalDataWarning[];
  /**
   * False when the form looked like a bot's (honeypot, too fast): answered exactly as if
   * stored, but nothing was, and the receipt leads to "not found".
   */
  readonly stored: boolean;
};

/** Draws of a new receipt when the one drawn is taken: with 6·10^16 codes, one is plenty. */
const RECEIPT_DRAWS = 5;

/**
 * Files a submission from the public form into the coordinator's queue (issue 13). As on the
 * staff form, an identity code is refused first and other personal data only warned of; the
 * sender's address or identity is never part of it.
 */
export async function submitPublicObservation(
  deps: AppDeps,
  input: unknown,
  randomIndex: (n: number) => number = randomInt,
): Promise<Result<PublicSubmitOutcome, AppError>> {
  const store = openPublicForm(deps);
  if (store === null) return notFound();
  const guarded = guardFreeText(freeTextOf(input));
  if (!guarded.ok) return guarded;
  const validated = validatePublicSubmission(input, deps.county);
  if (!validated.ok) return validationError(validated.error);

  const now = deps.clock.now();
  if (looksLikeBot(validated.value.bot, now.getTime())) {
    return ok({ receipt: newReceipt(randomIndex), warnings: guarded.value, stored: false });
  }
  const at = now.toISOString();
  const id = deps.ids.next();
  for (let draw = 0; draw < RECEIPT_DRAWS; draw += 1) {
    const submission: PublicSubmission = {
      ...validated.value.draft,
      id,
      receipt: newReceipt(randomIndex),
      createdAt: at,
      updatedAt: at,
      state: 'pending',
      decision: null,
      version: 1,
    };
    if ((await store.create(submission)) === 'created') {
      return ok({ receipt: submission.receipt, warnings: guarded.value, stored: true });
    }
  }
  throw new Error(`No free receipt in ${RECEIPT_DRAWS} draws: is the random source random?`);
}

function freeTextOf(input: unknown): Record<string, string | null> {
  const body =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return { description: text(body.description), solutionProposal: text(body.solutionProposal) };
}
