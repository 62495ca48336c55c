/** One answer to an enrichment request: a comment, and optionally a proposal. */
export type EnrichmentAnswer = {
  readonly id: string;
  readonly text: string;
  readonly proposal: string | null;
  readonly authorId: string;
  readonly authorName: string;
  readonly at: string;
};

/**
 * A request to enrich observations (rikastaminen, Kanta-Häme): the RAKE group hands them to a
 * service area with a question and a due date; its supervisors, and the people they name,
 * answer with comments and proposals.
 */
export type Enrichment = {
  readonly id: string;
  /** The compilation it was made from; null when handed straight from the board or minutes. */
  readonly compilationId: string | null;
  readonly serviceArea: string;
  readonly question: string;
  /** yyyy-mm-dd, county time. */
  readonly dueDate: string;
  readonly observationIds: readonly string[];
  /** Besides the area's supervisors, who may answer (named by a supervisor or the group). */
  readonly assigneeIds: readonly string[];
  readonly requestedBy: string;
  readonly requestedByName: string;
  readonly createdAt: string;
  /** Set when the RAKE group has what it needs; closed requests take no more answers. */
  readonly closedAt: string | null;
  readonly answers: readonly EnrichmentAnswer[];
  readonly updatedAt: string;
  readonly version: number;
};

/** Open: not closed. An open request past its due date without answers is late. */
export const isOpenEnrichment = (enrichment: Pick<Enrichment, 'closedAt'>): boolean =>
  enrichment.closedAt === null;
