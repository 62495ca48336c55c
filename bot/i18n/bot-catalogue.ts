import type { ReportKind } from '../../src/domain/report/report';
/** Everything the bot says, in one locale. Functions take values already escaped for cards. */
export type BotCatalogue = {
  readonly at: string;
  readonly welcome: { readonly title: string; readonly text: string; readonly teamText: string };
  readonly help: {
    readonly title: string;
    readonly intro: string;
    readonly commands: readonly { readonly command: string; readonly text: string }[];
  };
  readonly unknownCommand: string;
  readonly myReports: {
    readonly title: string;
    readonly empty: string;
    readonly more: (count: number) => string;
    /** More than `count` others: the rest is on further pages, not counted. */
    readonly moreThan: (count: number) => string;
    readonly open: string;
  };
  readonly fields: {
    readonly kind: string;
    readonly topic: string;
    readonly serviceArea: string;
    readonly municipality: string;
    readonly reporter: string;
    readonly filed: string;
    readonly status: string;
    readonly feedback: string;
    readonly returnReason: string;
    readonly by: string;
  };
  readonly newObservation: {
    readonly title: string;
    readonly open: string;
    readonly take: string;
    readonly returnIt: string;
    readonly reasonLabel: string;
    readonly feedbackLabel: string;
    readonly feedbackPlaceholder: string;
    readonly send: string;
  };
  readonly statusChanged: { readonly title: string; readonly timeline: string };
  /** The new-observation card's title when the reporter answered a return. */
  readonly resubmitted: { readonly title: string };
  /** For those who answer for it: the reporter took the observation back. */
  readonly withdrawn: { readonly title: string; readonly text: string; readonly open: string };
  /** A message on an observation, for the other side of its thread. */
  readonly message: {
    readonly title: string;
    readonly observation: string;
    readonly from: string;
    readonly openMine: string;
    readonly openBoard: string;
  };
  /** An action proposal resting on the reader's observations was decided or done. */
  readonly proposalChanged: {
    readonly title: Readonly<Record<'accepted' | 'rejected' | 'done', string>>;
    readonly proposal: string;
    readonly decisionBody: string;
    readonly outcome: Readonly<Record<'accepted' | 'rejected' | 'done', string>>;
    readonly yourObservations: string;
    readonly open: string;
  };
  /** The RAKE group asks the reader's service area to enrich observations. */
  readonly enrichment: {
    readonly title: string;
    readonly reminderTitle: string;
    readonly serviceArea: string;
    readonly dueDate: string;
    readonly observations: string;
    readonly requestedBy: string;
    readonly question: string;
    readonly open: string;
  };
  /** Reports published on the intranet subpage. Functions take the title already escaped. */
  readonly reports: {
    readonly kinds: Readonly<Record<ReportKind, string>>;
    readonly kind: string;
    readonly openPage: string;
    readonly openInTab: string;
    /** To the RAKE channel: a report (or a new version of it) is on the intranet. */
    readonly published: {
      readonly title: (title: string) => string;
      readonly republishedTitle: (title: string) => string;
      readonly publishedBy: string;
      readonly publishedAt: string;
      readonly version: string;
    };
    /** To a reporter: a published report rests on their observations. */
    readonly yours: {
      readonly annualTitle: (year: string, count: number) => string;
      readonly title: (title: string, count: number) => string;
      readonly report: string;
      readonly count: string;
      readonly list: string;
      readonly more: (count: number) => string;
      readonly nameless: string;
    };
  };
  readonly digest: {
    readonly title: (meetingDate: string) => string;
    readonly since: (date: string) => string;
    readonly total: (count: number) => string;
    readonly byTopic: string;
    readonly byServiceArea: string;
    readonly newItems: string;
    readonly more: (count: number) => string;
    readonly board: string;
    readonly agenda: string;
  };
  readonly reminder: {
    readonly title: string;
    readonly text: (days: number, count: number) => string;
    readonly open: string;
  };
  readonly action: {
    readonly taken: (who: string, when: string) => string;
    readonly returned: (who: string, when: string) => string;
    readonly stale: (status: string) => string;
    readonly forbidden: string;
    readonly notFound: string;
    readonly feedbackRequired: string;
    readonly reasonRequired: string;
    readonly personalData: string;
    readonly notSignedIn: string;
    readonly failed: string;
  };
  readonly truncated: string;
};
