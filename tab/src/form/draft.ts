import type {
  ObservationDraft,
  ObservationKind,
} from '../../../src/domain/observation/observation';
import { OBSERVATION_KINDS } from '../../../src/domain/observation/observation';

/** The form as typed; empty strings until chosen. */
export type Draft = {
  readonly kind: ObservationKind | '';
  readonly description: string;
  readonly solutionProposal: string;
  readonly topic: string;
  readonly serviceArea: string;
  readonly municipality: string;
  readonly targetGroup: string;
  readonly supervisorId: string;
  readonly coReporterIds: readonly string[];
};

export type DraftField = keyof Draft;

/** The fields in the order the form shows them (and moves focus through problems). */
export const FORM_FIELDS: readonly DraftField[] = [
  'kind',
  'description',
  'solutionProposal',
  'topic',
  'serviceArea',
  'municipality',
  'targetGroup',
  'supervisorId',
  'coReporterIds',
];

export const EMPTY_DRAFT: Draft = {
  kind: '',
  description: '',
  solutionProposal: '',
  topic: '',
  serviceArea: '',
  municipality: '',
  targetGroup: '',
  supervisorId: '',
  coReporterIds: [],
};

/** The free-text fields the personal-data guard reads. */
export const TEXT_FIELDS = ['description', 'solutionProposal'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** A stored draft from an older version or another tool: keep what still fits. */
export function reviveDraft(raw: unknown): Draft {
  if (typeof raw !== 'object' || raw === null) return EMPTY_DRAFT;
  const r = raw as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : '');
  const kind = str('kind');
  return {
    kind: (OBSERVATION_KINDS as readonly string[]).includes(kind) ? (kind as ObservationKind) : '',
    description: str('description'),
    solutionProposal: str('solutionProposal'),
    topic: str('topic'),
    serviceArea: str('serviceArea'),
    municipality: str('municipality'),
    targetGroup: str('targetGroup'),
    supervisorId: str('supervisorId'),
    coReporterIds: Array.isArray(r.coReporterIds)
      ? r.coReporterIds.filter((x): x is string => typeof x === 'string')
      : [],
  };
}

/**
 * The POST body; call only after validation has ensured a kind. A supervisor is sent only
 * where the county names one: a draft kept from elsewhere must not be refused for it.
 */
export function toRequestBody(draft: Draft, supervisorNamed: boolean): ObservationDraft {
  return {
    kind: draft.kind === '' ? 'other' : draft.kind,
    description: draft.description,
    solutionProposal: draft.solutionProposal,
    topic: draft.topic,
    serviceArea: draft.serviceArea,
    municipality: draft.municipality,
    targetGroup: draft.targetGroup,
    supervisorId: supervisorNamed && draft.supervisorId ? draft.supervisorId : null,
    coReporterIds: [...draft.coReporterIds],
  };
}

export function isBlank(draft: Draft): boolean {
  return JSON.stringify(draft) === JSON.stringify(EMPTY_DRAFT);
}
