import type { ReportKind, ReportLanguage } from './report';

/**
 * A report as it leaves the app (Word document, HTML page, intranet page): its figures'
 * counts already formatted in the report's language, small counts suppressed when the
 * report is for publishing. Renderers draw exactly this and decide nothing about what may be
 * shown.
 */
export type PublishedCell = {
  readonly label: string;
  /** What the table shows: "1 234", or "alle 5" / "färre än 5" / "fewer than 5". */
  readonly shown: string;
  /** What the chart draws; null when suppressed (the chart leaves the bar out and says so). */
  readonly value: number | null;
};

export type PublishedFigure = {
  readonly key: string;
  readonly title: string;
  readonly labelHeading: string;
  readonly countHeading: string;
  readonly chart: 'bar' | 'line';
  readonly rows: readonly PublishedCell[];
  /** The total row ("Yhteensä", shown); null when the figure has none. */
  readonly total: PublishedCell | null;
  /** What the chart shows, in words: the chart's alt text. */
  readonly description: string;
  /** "Alle 5 havainnon määrät on merkitty …" when a cell was suppressed; else null. */
  readonly note: string | null;
};

export type PublishedSection = {
  readonly key: string;
  readonly heading: string;
  /** Paragraphs, as written (blank lines separate them). */
  readonly paragraphs: readonly string[];
  /** Quotations the group chose, after the paragraphs; where they were seen only if safe. */
  readonly quotations: readonly {
    readonly text: string;
    readonly attribution: string | null;
  }[];
  readonly figures: readonly PublishedFigure[];
};

export type PublishedReport = {
  readonly id: string;
  readonly kind: ReportKind;
  readonly language: ReportLanguage;
  /** BCP 47 tag of the language: fi-FI, sv-SE, en-GB. */
  readonly locale: string;
  readonly title: string;
  /** "Kainuun hyvinvointialue", in the report's language. */
  readonly organisation: string;
  /** "1.1.2026–31.12.2026", formatted. */
  readonly periodText: string;
  /** "Laadittu 30.11.2026" / "Version 3", formatted, for the title page. */
  readonly dateText: string;
  readonly version: number;
  readonly introduction: readonly string[];
  readonly sections: readonly PublishedSection[];
  /** True when small counts were suppressed (what publishing needs). */
  readonly forPublishing: boolean;
  /** Fixed labels the renderers need, in the report's language. */
  readonly labels: {
    readonly contents: string;
    readonly introduction: string;
    readonly total: string;
    readonly figure: string;
    readonly table: string;
  };
};
