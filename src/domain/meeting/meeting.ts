/** What the RAKE group decided on one agenda item. */
export const MINUTES_DECISIONS = [
  'link_to_phenomenon',
  'make_proposal',
  'hand_to_service_area',
  'noted',
] as const;
export type MinutesDecision = (typeof MINUTES_DECISIONS)[number];

/** What an agenda item is about. */
export const AGENDA_SUBJECTS = ['observation', 'proposal', 'enrichment'] as const;
export type AgendaSubject = (typeof AGENDA_SUBJECTS)[number];

/** One line of the minutes: an agenda item and what was decided on it. */
export type MinutesItem = {
  readonly subject: AgendaSubject;
  readonly subjectId: string;
  readonly decision: MinutesDecision;
  /** link_to_phenomenon: the phenomenon it was linked to. */
  readonly phenomenonId: string | null;
  /** make_proposal: the proposal made (or the one it went into). */
  readonly proposalId: string | null;
  /** hand_to_service_area: the area asked to enrich it. */
  readonly serviceArea: string | null;
  readonly note: string | null;
};

export type Minutes = {
  readonly summary: string;
  readonly items: readonly MinutesItem[];
  readonly recordedBy: string;
  readonly recordedByName: string;
  readonly recordedAt: string;
};

/** A meeting of the RAKE working group (RAKE-työryhmän kokous). */
export type Meeting = {
  readonly id: string;
  /** yyyy-mm-dd, county time. */
  readonly date: string;
  readonly title: string;
  /** The rhythm's date this meeting was made for; null for a meeting added by hand. */
  readonly scheduledFor: string | null;
  readonly minutes: Minutes | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
};
