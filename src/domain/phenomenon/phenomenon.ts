/**
 * The five forms of structural social work a phenomenon concerns (domain brief §1):
 * producing knowledge, strategic work, inclusion (osallisuus), social justice and policy
 * influence.
 */
export const STRUCTURAL_FORMS = [
  'knowledge',
  'strategy',
  'inclusion',
  'justice',
  'policy',
] as const;
export type StructuralForm = (typeof STRUCTURAL_FORMS)[number];

/** Where a phenomenon shows: one client's services, the organisation, or society. */
export const PHENOMENON_LEVELS = ['micro', 'meso', 'macro'] as const;
export type PhenomenonLevel = (typeof PHENOMENON_LEVELS)[number];

/** What the RAKE group writes about a recurring phenomenon (ilmiö). */
export type PhenomenonDraft = {
  readonly title: string;
  readonly description: string;
  readonly forms: readonly StructuralForm[];
  readonly level: PhenomenonLevel | null;
};

/** A phenomenon the RAKE group follows; observations link to it many-to-many. */
export type Phenomenon = PhenomenonDraft & {
  readonly id: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Grows with every edit; the HTTP edge exposes it as the ETag. */
  readonly version: number;
};

/** One observation linked to one phenomenon, and who linked it when. */
export type PhenomenonLink = {
  readonly phenomenonId: string;
  readonly observationId: string;
  readonly linkedBy: string;
  readonly linkedAt: string;
};
