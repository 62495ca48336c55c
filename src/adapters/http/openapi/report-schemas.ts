import { z } from 'zod';
import { REPORT_KINDS, REPORT_LANGUAGES } from '../../../domain/report/report';
import { instant } from './common-schemas';

/* Reports (raportit), their publication on the intranet, and the plan's indicators. */

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('yyyy-mm-dd, county time');
const ReportKind = z.enum(REPORT_KINDS);
const ReportLanguage = z.enum(REPORT_LANGUAGES);

export const ReportSection = z.object({
  key: z.string().describe('Stable within the report; figures follow the section with their key'),
  heading: z.string(),
  text: z.string().describe('Paragraphs separated by a blank line'),
});
const ReportFigure = z.object({
  key: z.string(),
  sectionKey: z.string(),
  title: z.string(),
  labelHeading: z.string(),
  countHeading: z.string(),
  chart: z.enum(['bar', 'line']),
  rows: z.array(z.object({ id: z.string(), label: z.string(), count: z.number().int() })),
  total: z.number().int().nullable(),
  smallCountsProtected: z
    .boolean()
    .describe('By municipality, service area or target group: 1–4 never published'),
});
const QuotationChoice = z.object({
  observationId: z.string().describe('An observation the report rests on'),
  sectionKey: z.string().describe('The section it is shown in, after the text'),
  text: z
    .string()
    .describe(
      "The observation's own words (description or solution proposal), with … where words are left out; anything else is 422 not_quoted",
    ),
});
const ReportQuotation = QuotationChoice.extend({
  municipality: z
    .string()
    .describe("Where it was seen; published only where the report's table shows that count"),
});
export const ReportPublication = z.object({
  slug: z.string(),
  url: z.string(),
  pageId: z.string().nullable().describe("SharePoint's page id; null on the local intranet"),
  version: z.number().int().describe('The report version that was published'),
  publishedAt: instant,
  publishedBy: z.string(),
  publishedByName: z.string(),
  state: z
    .enum(['published', 'awaiting_approval', 'withdrawn'])
    .describe("awaiting_approval: the site's page approval holds the page"),
  withdrawnAt: instant.nullable(),
});
const ReportSource = z.union([
  z.object({ kind: z.literal('compilation'), compilationId: z.string() }),
  z.object({ kind: z.literal('phenomenon'), phenomenonId: z.string() }),
  z.object({ kind: z.literal('annual'), year: z.number().int() }),
]);
const reportSummaryFields = {
  id: z.string(),
  kind: ReportKind,
  source: ReportSource,
  language: ReportLanguage,
  title: z.string(),
  from: day,
  to: day,
  createdBy: z.string(),
  createdByName: z.string(),
  createdAt: instant,
  updatedBy: z.string(),
  updatedByName: z.string(),
  updatedAt: instant,
  publication: ReportPublication.nullable(),
  handedOver: z
    .object({ by: z.string(), byName: z.string(), at: instant })
    .nullable()
    .describe(
      'The writers handed the draft over to the editors ("valmis julkaistavaksi"); edits of the text keep it',
    ),
  version: z.number().int(),
};
export const ReportSummary = z.object(reportSummaryFields);
export const ReportList = z.object({ items: z.array(ReportSummary) });
export const Report = z.object({
  ...reportSummaryFields,
  introduction: z.string(),
  sections: z.array(ReportSection),
  figures: z.array(ReportFigure).describe('Exact counts: the internal view'),
  quotations: z.array(ReportQuotation).describe('Chosen by the RAKE group; none until they do'),
  observationIds: z.array(z.string()),
});
export const ReportVersion = z.object({
  reportId: z.string(),
  version: z.number().int(),
  at: instant,
  actorId: z.string(),
  actorName: z.string(),
  title: z.string(),
  introduction: z.string(),
  sections: z.array(ReportSection),
});
export const QuotableObservationList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      createdAt: instant,
      municipality: z.string(),
      description: z.string(),
      solutionProposal: z.string(),
    }),
  ),
});
export const ReportVersionList = z.object({ items: z.array(ReportVersion) });
export const ReportRequest = z
  .strictObject({
    kind: ReportKind,
    title: z.string(),
    compilationId: z.string().optional(),
    phenomenonId: z.string().optional(),
    year: z.number().int().optional(),
    language: ReportLanguage.optional().describe('Default fi'),
  })
  .describe('compilation: compilationId; phenomenon: phenomenonId; annual: year');
export const ReportPatch = z.strictObject({
  title: z.string().optional(),
  introduction: z.string().optional(),
  sections: z.array(ReportSection).optional(),
  quotations: z
    .array(QuotationChoice)
    .optional()
    .describe('The whole list, in order; each from an observation the report rests on'),
  handedOver: z
    .boolean()
    .optional()
    .describe('true: hand over to the editors (an earlier hand-over is kept); false: take it back'),
});
const IndicatorEvidenceItem = z.object({
  label: z.string(),
  value: z.number().optional(),
  date: day.optional(),
  url: z.string().optional(),
});
export const Indicator = z.object({
  id: z
    .string()
    .describe(
      'observations_collected, phenomenon_report_written, working_group_met, leadership_group_met, products_handled, communicated',
    ),
  label: z.string(),
  achieved: z.boolean(),
  evidence: z.object({ summary: z.string(), items: z.array(IndicatorEvidenceItem) }),
});
export const IndicatorList = z.object({ year: z.number().int(), items: z.array(Indicator) });
