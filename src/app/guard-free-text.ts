import { checkPersonalData } from '../domain/personal-data/personal-data-guard';
import type { PersonalDataWarning } from '../domain/personal-data/personal-data-finding';
import { err, ok, type Result } from '../domain/shared/result';
import type { AppError } from './app-error';

/**
 * Every free-text field goes through the personal data guard before anything is stored:
 * the form's texts, and also the supervisor's triage notes and feedback, which reach the
 * same store and the same readers.
 */
export function guardFreeText(
  fields: Readonly<Record<string, string | null | undefined>>,
): Result<readonly PersonalDataWarning[], AppError> {
  const findings = checkPersonalData(fields);
  if (findings.refusals.length > 0) {
    return err({ code: 'personal_data', refusals: findings.refusals });
  }
  return ok(findings.warnings);
}
