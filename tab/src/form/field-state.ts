import type { FieldProps } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import type { PersonalDataWarningKind } from '../../../src/domain/personal-data/personal-data-finding';
import type { LiveFindings } from './use-personal-data';
import type { FieldMessages } from './validate';

export type FieldStateProps = Pick<FieldProps, 'validationState' | 'validationMessage'>;

/**
 * One message per field, most serious first: the identity code refusal, then a problem
 * found on submit (here or by the server), then likely personal data as a warning.
 */
export function fieldState(
  field: keyof FieldMessages,
  errors: FieldMessages,
  live: LiveFindings | null,
  t: TFunction,
): FieldStateProps {
  if (live?.refused.has(field)) {
    return { validationState: 'error', validationMessage: t('form.identityCode') };
  }
  const error = errors[field];
  if (error) return { validationState: 'error', validationMessage: error };
  const warnings: readonly PersonalDataWarningKind[] = live?.warnings.get(field) ?? [];
  if (warnings.length > 0) {
    const text = warnings.map((k) => t(`form.warning.${k}`)).join(' ');
    return { validationState: 'warning', validationMessage: `${text} ${t('form.warningCheck')}` };
  }
  return { validationState: 'none' };
}
