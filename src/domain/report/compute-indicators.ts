import type { CountyConfig, IndicatorId, Period } from '../county/county-config';
import type { Meeting } from '../meeting/meeting';
import { localDateString, meetingDates } from '../notification/meeting-schedule';
import type { Proposal } from '../proposal/proposal';
import type { Indicator, IndicatorEvidenceItem } from './indicator';
import type { IndicatorSettings } from './indicator-settings';
import { indicatorTexts } from './indicator-texts';
import type { ReportLanguage, ReportPublication, ReportSummary } from './report';
import { formatCount, formatDate, formatRange } from './report-format';

export type IndicatorInput = {
  readonly year: number;
  /** yyyy-mm-dd, county time: which periods have ended. */
  readonly today: string;
  readonly county: Pick<CountyConfig, 'meetings' | 'timeZone'>;
  /** The reporting periods named after the year, with the observations filed in each. */
  readonly periods: readonly (Period & { readonly count: number })[];
  readonly reports: readonly (Pick<ReportSummary, 'title' | 'kind' | 'createdAt' | 'version'> & {
    readonly publication: Pick<ReportPublication, 'url' | 'publishedAt' | 'state'> | null;
  })[];
  readonly meetings: readonly (Pick<Meeting, 'date' | 'minutes'> & { readonly title?: string })[];
  readonly proposals: readonly Pick<Proposal, 'title' | 'status' | 'decision'>[];
};

type Judged = {
  readonly achieved: boolean;
  readonly summary: string;
  readonly items: IndicatorEvidenceItem[];
};

/**
 * The implementation plan's follow-up for a year (Kymenlaakso §8), each indicator achieved
 * or not with the counts, dates and links that show it; only those the county follows.
 */
export function computeIndicators(
  input: IndicatorInput,
  settings: IndicatorSettings,
  language: ReportLanguage,
): Indicator[] {
  const texts = indicatorTexts(language);
  const inYear = (date: string | undefined) => date?.startsWith(`${input.year}-`) ?? false;
  const day = (at: string) => localDateString(new Date(at), input.county.timeZone);

  const judge: Record<IndicatorId, () => Judged> = {
    observations_collected: () => {
      const judged = input.periods.filter(
        (p) => settings.periodsJudged === 'all' || p.end < input.today,
      );
      const items = input.periods.map((p) => ({
        label: formatRange(p.start, p.end),
        value: p.count,
        date: p.end,
      }));
      if (judged.length === 0) return { achieved: false, summary: texts.noPeriodEnded, items };
      const list = items.map((i) => `${i.label}: ${formatCount(i.value)}`).join('; ');
      return {
        achieved: judged.every((p) => p.count >= settings.minObservationsPerPeriod),
        summary: texts.observations(
          list,
          settings.minObservationsPerPeriod,
          settings.periodsJudged,
        ),
        items,
      };
    },
    phenomenon_report_written: () => {
      // A draft only generated is not yet written: the group has saved its own text (a
      // version after the first) or the report has gone out.
      const written = input.reports.filter(
        (r) =>
          r.kind === 'phenomenon' &&
          inYear(day(r.createdAt)) &&
          (r.version > 1 || r.publication?.state === 'published'),
      );
      return atLeast(
        written.length,
        settings.phenomenonReports,
        texts.reports,
        written.map((r) => ({
          label: r.title,
          date: day(r.createdAt),
        })),
      );
    },
    working_group_met: () => {
      const held = input.meetings
        .filter((m) => m.minutes !== null && inYear(m.date))
        .sort((a, b) => a.date.localeCompare(b.date));
      const target = settings.workingGroupMeetings ?? meetingDates(input.county, input.year).length;
      return atLeast(
        held.length,
        target,
        texts.workingGroup,
        held.map((m) => ({
          label: m.title ?? formatDate(m.date),
          date: m.date,
        })),
      );
    },
    leadership_group_met: () => {
      // The leadership group decides the proposals: each day of decisions is a meeting of it.
      const byDay = new Map<string, number>();
      for (const p of decided(input, inYear)) {
        const on = p.decision?.on ?? '';
        byDay.set(on, (byDay.get(on) ?? 0) + 1);
      }
      const days = [...byDay].sort(([a], [b]) => a.localeCompare(b));
      return atLeast(
        days.length,
        settings.leadershipGroupMeetings,
        texts.leadershipGroup,
        days.map(([on, count]) => ({
          label: formatDate(on),
          value: count,
          date: on,
        })),
      );
    },
    products_handled: () => {
      const list = decided(input, inYear);
      const rejected = list.filter((p) => p.status === 'rejected').length;
      const target = settings.proposalsDecided;
      return {
        achieved: list.length >= target,
        summary: texts.products(list.length - rejected, rejected, target),
        items: list.map((p) => ({ label: p.title, date: p.decision?.on ?? '' })),
      };
    },
    communicated: () => {
      // A withdrawn page no longer communicates, and one awaiting approval does not yet.
      const published = input.reports.flatMap((r) =>
        r.publication !== null &&
        r.publication.state === 'published' &&
        inYear(day(r.publication.publishedAt))
          ? [{ label: r.title, date: day(r.publication.publishedAt), url: r.publication.url }]
          : [],
      );
      return atLeast(published.length, settings.publications, texts.publications, published);
    },
  };

  return settings.enabled.map((id) => {
    const { achieved, summary, items } = judge[id]();
    return { id, label: texts.labels[id], achieved, evidence: { summary, items } };
  });
}

function atLeast(
  count: number,
  target: number,
  summary: (count: number, target: number) => string,
  items: IndicatorEvidenceItem[],
): Judged {
  return { achieved: count >= target, summary: summary(count, target), items };
}

/** Proposals decided (accepted or rejected) in the year, in the order of their decision. */
function decided(input: IndicatorInput, inYear: (date: string | undefined) => boolean) {
  return input.proposals
    .filter((p) => p.decision !== null && inYear(p.decision.on))
    .sort((a, b) => (a.decision?.on ?? '').localeCompare(b.decision?.on ?? ''));
}
