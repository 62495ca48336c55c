export type { Catalogue, FieldName } from './catalogue';
export { DEFAULT_LOCALE, negotiateLocale } from './negotiate-locale';
export type { ExportHeadings } from './export-headings';
export { EXPORT_HEADINGS } from './export-headings';
export {
  CATALOGUES,
  catalogueOf,
  fieldLabel,
  fieldProblemMessage,
  personalDataMessage,
  warningMessage,
} from './messages';
export {
  KIND_CHOICES,
  RETURN_REASON_CHOICES,
  STATUS_CHOICES,
  TRIAGE_FIELD_CHOICES,
} from './labels';
