import { RETURN_REASONS, STATUSES } from '../domain/lifecycle/status';
import { OBSERVATION_KINDS } from '../domain/observation/observation';
import type { Choice } from '../domain/shared/localized-text';
import { TRIAGE_FIELDS } from '../domain/triage/triage-record';
import type { Catalogue } from './catalogue';
import { CATALOGUES } from './messages';

/** A fixed list as `{ id, label: { fi, sv, en } }`, the shape the tab's pickers use. */
function choices<T extends string>(
  ids: readonly T[],
  pick: (c: Catalogue, id: T) => string,
): Choice[] {
  return ids.map((id) => ({
    id,
    label: {
      fi: pick(CATALOGUES.fi, id),
      sv: pick(CATALOGUES.sv, id),
      en: pick(CATALOGUES.en, id),
    },
  }));
}

export const STATUS_CHOICES: readonly Choice[] = choices(STATUSES, (c, id) => c.statuses[id]);
export const RETURN_REASON_CHOICES: readonly Choice[] = choices(
  RETURN_REASONS,
  (c, id) => c.returnReasons[id],
);
export const KIND_CHOICES: readonly Choice[] = choices(OBSERVATION_KINDS, (c, id) => c.kinds[id]);
export const TRIAGE_FIELD_CHOICES: readonly Choice[] = choices(
  TRIAGE_FIELDS,
  (c, id) => c.fields[id],
);
