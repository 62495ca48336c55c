import type { TFunction } from 'i18next';
import { MIN_DESCRIPTION_LENGTH } from '../../../src/domain/observation/limits';
import { isBlankText, visibleLength } from '../../../src/domain/shared/free-text';
import { formatNumber } from '../i18n/format';
import type { Language } from '../i18n';
import type { Draft, DraftField } from './draft';

export type FieldMessages = Partial<Record<DraftField | 'confirm', string>>;

const REQUIRED: readonly DraftField[] = [
  'kind',
  'description',
  'topic',
  'serviceArea',
  'municipality',
  'targetGroup',
];

/** What the tab can tell before sending; the server's validation is the one that counts. */
export function validateLocally(
  draft: Draft,
  options: { textLimit: number; supervisorRequired: boolean; language: Language },
  t: TFunction,
): FieldMessages {
  const out: FieldMessages = {};
  const required = options.supervisorRequired ? [...REQUIRED, 'supervisorId' as const] : REQUIRED;
  for (const field of required) {
    const v = draft[field];
    if (typeof v === 'string' && isBlankText(v)) out[field] = t('common.required');
  }
  // Counted as the server counts: what a reader sees.
  const described = visibleLength(draft.description);
  if (described > 0 && described < MIN_DESCRIPTION_LENGTH) {
    out.description = t('common.tooShort', { min: MIN_DESCRIPTION_LENGTH });
  }
  for (const field of ['description', 'solutionProposal'] as const) {
    const n = draft[field].length;
    if (n > options.textLimit)
      out[field] = t('common.tooLong', {
        count: formatNumber(n, options.language),
        max: formatNumber(options.textLimit, options.language),
      });
  }
  return out;
}
