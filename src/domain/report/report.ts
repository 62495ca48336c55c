/**
 * A report (raportti) the RAKE group writes from its data: from a compilation, on one
 * phenomenon, or the annual social report (sosiaalinen raportti). It is a draft until an
 * editor publishes it; every edit is a new version.
 */
export const REPORT_KINDS = ['compilation', 'phenomenon', 'annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The language the report is written in: its Word document is fi-FI, sv-SE or en-GB. */
export const REPORT_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** What a report was made from. */
export type ReportSource =
  | { readonly kind: 'compilation'; readonly compilationId: string }
  | { readonly kind: 'phenomenon'; readonly phenomenonId: string }
  | { readonly kind: 'annual'; readonly year: number };

/** A section: generated from the data, then rewritten by the group as they see fit. */
export type ReportSection = {
  /** Stable within a report (`counts`, `phenomena`, `proposals`, …); figures follow it. */
  readonly key: string;
  readonly heading: string;
  readonly text: string;
};

/** One row of a figure: a label in the report's language and its count. */
export type ReportFigureRow = {
  readonly id: string;
  readonly label: string;
  readonly count: number;
};

/**
 * A table generated from the data, and the chart drawn from it, shown after the section
 * with `sectionKey`. Exact counts: what may leave the app is decided when it is rendered for
 * publishing (publishedFigure).
 */
export type ReportFigure = {
  readonly key: string;
  readonly sectionKey: string;
  /** Caption, e.g. "Havainnot kunnittain". */
  readonly title: string;
  /** The heading of the label column ("Kunta") and of the count column ("Havaintoja"). */
  readonly labelHeading: string;
  readonly countHeading: string;
  /** `bar`: categories; `line`: a series in time order (months, periods). */
  readonly chart: 'bar' | 'line';
  readonly rows: readonly ReportFigureRow[];
  /** The total under the table; null when the rows do not add up to one (a series). */
  readonly total: number | null;
  /**
   * Counts of observations by municipality, service area or target group: published only
   * as publishBreakdown allows (1–4 shown as "< 5", with secondary suppression).
   */
  readonly smallCountsProtected: boolean;
};

/**
 * A quotation the RAKE group chose from an observation the report rests on: its words as
 * written ("…" where the group left words out), under a section. The municipality is kept to
 * say where it was seen, and is published only where that says nothing of a small number.
 */
export type ReportQuotation = {
  readonly observationId: string;
  readonly sectionKey: string;
  readonly text: string;
  readonly municipality: string;
};

/** The report's place on the intranet subpage, once an editor has published it. */
export type ReportPublication = {
  /** `/intranet/<slug>` locally; the page's name on SharePoint. */
  readonly slug: string;
  readonly url: string;
  /** The SharePoint page's id; null on the local intranet. */
  readonly pageId: string | null;
  /** The report version that was published last. */
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string;
  readonly publishedByName: string;
  /** `awaiting_approval`: SharePoint's page approval is on and the page waits for it. */
  readonly state: 'published' | 'awaiting_approval' | 'withdrawn';
  readonly withdrawnAt: string | null;
};

/**
 * The writers' word that a draft is finished: "valmis julkaistavaksi". Editors may still
 * publish a report without it (they are trusted), but the tab asks them first. Edits of the
 * text after it keep it: the writers may still polish; they take it back to rework.
 */
export type ReportHandOver = {
  readonly by: string;
  readonly byName: string;
  readonly at: string;
};

export type Report = {
  readonly id: string;
  readonly kind: ReportKind;
  readonly source: ReportSource;
  readonly language: ReportLanguage;
  readonly title: string;
  readonly introduction: string;
  readonly sections: readonly ReportSection[];
  readonly figures: readonly ReportFigure[];
  /** Chosen by the group; none until they choose. */
  readonly quotations: readonly ReportQuotation[];
  /** yyyy-mm-dd, both days included: what the report covers. */
  readonly from: string;
  readonly to: string;
  /** The observations it rests on: their reporters are told when it is published. */
  readonly observationIds: readonly string[];
  readonly createdBy: string;
  readonly createdByName: string;
  readonly createdAt: string;
  readonly updatedBy: string;
  readonly updatedByName: string;
  readonly updatedAt: string;
  readonly publication: ReportPublication | null;
  /** Null until the writers hand it over to the editors (and again when they take it back). */
  readonly handedOver: ReportHandOver | null;
  /** Grows with every change; the HTTP edge exposes it as the ETag. */
  readonly version: number;
};

/** A report as a list shows it. */
export type ReportSummary = Omit<
  Report,
  'introduction' | 'sections' | 'figures' | 'quotations' | 'observationIds'
>;

export const reportSummaryOf = ({
  introduction: _i,
  sections: _s,
  figures: _f,
  quotations: _q,
  observationIds: _o,
  ...rest
}: Report): ReportSummary => rest;

/** A kept version of the text: what a report said before an edit (or at its creation). */
export type ReportVersion = {
  readonly reportId: string;
  readonly version: number;
  readonly at: string;
  readonly actorId: string;
  readonly actorName: string;
  readonly title: string;
  readonly introduction: string;
  readonly sections: readonly ReportSection[];
};

export const versionOf = (report: Report): ReportVersion => ({
  reportId: report.id,
  version: report.version,
  at: report.updatedAt,
  actorId: report.updatedBy,
  actorName: report.updatedByName,
  title: report.title,
  introduction: report.introduction,
  sections: report.sections,
});
