import { countBy } from '../compilation/compile';
import { localDateString } from '../notification/meeting-schedule';
import type { Phenomenon } from '../phenomenon/phenomenon';
import type { DraftContext, ReportContent, ReportedObservation } from './report-content';
import {
  dimensionFigures,
  kindsSentence,
  monthFigure,
  mostCommonSentence,
  paragraphs,
} from './report-figures';
import { formatDate, formatProtectedCount, formatRange } from './report-format';
import { reportTexts } from './report-texts';
import { proposalParagraph, type ReportedProposal } from './reported-proposal';

export type PhenomenonReportInput = DraftContext & {
  readonly phenomenon: Pick<Phenomenon, 'id' | 'title' | 'description' | 'forms' | 'level'>;
  /** The observations linked to the phenomenon. */
  readonly observations: readonly ReportedObservation[];
  /** The proposals resting on the phenomenon. */
  readonly proposals: readonly ReportedProposal[];
  /** yyyy-mm-dd, county time: the report tells the picture up to today. */
  readonly today: string;
};

/**
 * The draft of a phenomenon-based report (Kymenlaakso's ilmiölähtöinen raportti): the
 * situational picture, effects on clients, prevalence across the county's services, the
 * professionals' proposals, and an empty section for the two workshops' notes.
 */
export function draftPhenomenonReport(input: PhenomenonReportInput): ReportContent {
  const { phenomenon, observations, language } = input;
  const texts = reportTexts(language);
  const days = observations
    .map((o) => localDateString(new Date(o.createdAt), input.county.timeZone))
    .sort();
  const first = days[0];
  const last = days[days.length - 1];
  const from = first ?? input.today;
  const to = input.today > (last ?? '') ? input.today : (last ?? input.today);
  const range = formatRange(from, to);
  const figures = [
    ...dimensionFigures(
      ['serviceArea', 'municipality', 'targetGroup'],
      observations,
      'prevalence',
      input,
      texts,
    ),
    monthFigure(observations, { from, to }, 'prevalence', input, texts),
  ];
  // Topics name the effects; they are not drawn, so they are counted apart from the figures.
  const effectFigures = dimensionFigures(
    ['targetGroup', 'topic'],
    observations,
    'effects',
    input,
    texts,
  );
  const reached = (list: keyof ReportedObservation) =>
    new Set(observations.map((o) => o[list])).size;
  const total = observations.length;
  return {
    introduction: texts.phenomenon.introduction(
      phenomenon.title,
      formatProtectedCount(total, texts.fewerThanFive),
      total,
      range,
    ),
    sections: [
      {
        key: 'situation',
        heading: texts.headings.situation,
        text: paragraphs(
          phenomenon.description,
          phenomenon.forms.length === 0
            ? null
            : texts.phenomenon.formsSentence(
                phenomenon.forms.map((f) => texts.forms[f]).join(', '),
              ),
          phenomenon.level === null
            ? null
            : texts.phenomenon.levelSentence(texts.levels[phenomenon.level]),
          total === 0 ? null : kindsSentence(countBy(observations.map((o) => o.kind)), texts),
          first === undefined || last === undefined
            ? null
            : texts.phenomenon.firstAndLast(formatDate(first), formatDate(last)),
        ),
      },
      {
        key: 'effects',
        heading: texts.headings.effects,
        text: paragraphs(
          mostCommonSentence(effectFigures, ['targetGroup', 'topic'], texts),
          texts.phenomenon.effectsPrompt,
        ),
      },
      {
        key: 'prevalence',
        heading: texts.headings.prevalence,
        text: paragraphs(
          total === 0
            ? null
            : texts.phenomenon.prevalence(reached('serviceArea'), reached('municipality')),
          mostCommonSentence(figures, ['serviceArea', 'municipality'], texts),
        ),
      },
      {
        key: 'proposals',
        heading: texts.headings.proposals,
        text: paragraphs(
          texts.phenomenon.proposals(input.proposals.length),
          ...input.proposals.map((p) => proposalParagraph(p, texts)),
        ),
      },
      { key: 'workshops', heading: texts.headings.workshops, text: '' },
    ],
    figures,
    from,
    to,
    observationIds: observations.map((o) => o.id),
  };
}
