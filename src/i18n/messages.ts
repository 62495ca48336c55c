import type { PersonalDataWarning } from '../domain/personal-data/personal-data-finding';
import type { FieldProblem } from '../domain/shared/field-problem';
import type { Locale } from '../domain/shared/localized-text';
import type { Catalogue, FieldName } from './catalogue';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { fi, sv, en };

export function catalogueOf(locale: Locale): Catalogue {
  return CATALOGUES[locale];
}

/**
 * The user-facing name of a field. Nested paths (`coReporterIds.2`) are named by their
 * top field; a name we do not know (an unknown field the caller sent) is shown as typed.
 */
export function fieldLabel(locale: Locale, field: string): string {
  const top = field.split('.')[0] ?? field;
  const fields: Readonly<Record<string, string>> = CATALOGUES[locale].fields;
  return Object.hasOwn(fields, top) ? (fields[top as FieldName] ?? field) : field;
}

export function fieldProblemMessage(locale: Locale, problem: FieldProblem): string {
  const catalogue = CATALOGUES[locale];
  const limit =
    problem.limit === undefined
      ? null
      : new Intl.NumberFormat(catalogue.numberLocale).format(problem.limit);
  // An unknown field is named as the caller spelled it: that is what they need to fix.
  const label =
    problem.code === 'unknown_field' ? problem.field : fieldLabel(locale, problem.field);
  return catalogue.fieldProblems[problem.code](label, limit);
}

export function personalDataMessage(locale: Locale, field: string): string {
  return CATALOGUES[locale].errors.personal_data(fieldLabel(locale, field));
}

export function warningMessage(locale: Locale, warning: PersonalDataWarning): string {
  return CATALOGUES[locale].warnings[warning.kind](fieldLabel(locale, warning.field));
}
