import { z } from 'zod';
import type { FieldProblem } from '../shared/field-problem';
import { freeText } from '../shared/free-text-schema';
import { err, ok, type Result } from '../shared/result';
import { BODY_FIELD, customIssue, parseToResult } from '../shared/zod-problems';
import {
  REPORT_KINDS,
  REPORT_LANGUAGES,
  type ReportKind,
  type ReportLanguage,
  type ReportSection,
  type ReportSource,
} from './report';

export const MAX_REPORT_TITLE_LENGTH = 200;
export const MAX_REPORT_TEXT_LENGTH = 20_000;
export const MAX_SECTION_HEADING_LENGTH = 200;
export const MAX_REPORT_SECTIONS = 40;
/** Keys name sections in figures and in the tab's form: short, and safe in an id or a URL. */
export const SECTION_KEY_PATTERN = /^[a-z0-9_-]{1,40}$/;
/** A quotation is a few sentences, and a report holds a handful. */
export const MAX_QUOTATION_LENGTH = 1_000;
export const MAX_REPORT_QUOTATIONS = 30;
export const MIN_REPORT_YEAR = 2000;
export const MAX_REPORT_YEAR = 2100;

const title = freeText({ max: MAX_REPORT_TITLE_LENGTH, required: true });
const sourceId = z.string().min(1).max(100);
const language = z.enum(REPORT_LANGUAGES).optional();

const kindSchema = z.object({ kind: z.enum(REPORT_KINDS) });
const createSchemas = {
  compilation: z.strictObject({
    kind: z.literal('compilation'),
    title,
    compilationId: sourceId,
    language,
  }),
  phenomenon: z.strictObject({
    kind: z.literal('phenomenon'),
    title,
    phenomenonId: sourceId,
    language,
  }),
  annual: z.strictObject({
    kind: z.literal('annual'),
    title,
    year: z.number().int().min(MIN_REPORT_YEAR).max(MAX_REPORT_YEAR),
    language,
  }),
};

export type ReportRequest = {
  readonly kind: ReportKind;
  readonly title: string;
  readonly source: ReportSource;
  readonly language: ReportLanguage;
};

/**
 * `{kind, title, compilationId | phenomenonId | year, language?}`: each kind needs its own
 * source and refuses the others' (unknown_field). Finnish unless another language is asked.
 */
export function validateReportRequest(input: unknown): Result<ReportRequest, FieldProblem[]> {
  const kind = parseToResult(kindSchema, input);
  if (!kind.ok) return kind;
  const parsed = parseToResult(createSchemas[kind.value.kind], input);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const source: ReportSource =
    value.kind === 'compilation'
      ? { kind: 'compilation', compilationId: value.compilationId }
      : value.kind === 'phenomenon'
        ? { kind: 'phenomenon', phenomenonId: value.phenomenonId }
        : { kind: 'annual', year: value.year };
  return ok({ kind: value.kind, title: value.title, source, language: value.language ?? 'fi' });
}

const sectionSchema = z.strictObject({
  key: z
    .string()
    .refine((key) => SECTION_KEY_PATTERN.test(key), { params: { problem: 'invalid_format' } }),
  heading: freeText({ max: MAX_SECTION_HEADING_LENGTH, required: true }),
  text: freeText({ max: MAX_REPORT_TEXT_LENGTH }),
});

const sectionsSchema = z
  .array(sectionSchema)
  .max(MAX_REPORT_SECTIONS)
  .check((ctx) => {
    const seen = new Set<string>();
    ctx.value.forEach((section, i) => {
      // Figures follow a section by its key: two sections with one key would share them.
      if (seen.has(section.key)) {
        ctx.issues.push({
          ...customIssue(section.key, { problem: 'invalid_format' }),
          path: [i, 'key'],
        });
      }
      seen.add(section.key);
    });
  });

const quotationSchema = z.strictObject({
  observationId: sourceId,
  sectionKey: z
    .string()
    .refine((key) => SECTION_KEY_PATTERN.test(key), { params: { problem: 'invalid_format' } }),
  text: freeText({ max: MAX_QUOTATION_LENGTH, required: true }),
});

const patchSchema = z.strictObject({
  title: title.optional(),
  introduction: freeText({ max: MAX_REPORT_TEXT_LENGTH }).optional(),
  sections: sectionsSchema.optional(),
  quotations: z.array(quotationSchema).max(MAX_REPORT_QUOTATIONS).optional(),
  handedOver: z.boolean().optional(),
});

/** A quotation as the group chooses it; the app adds where the observation was seen. */
export type QuotationChoice = {
  readonly observationId: string;
  readonly sectionKey: string;
  readonly text: string;
};

export type ReportPatch = {
  readonly title?: string;
  readonly introduction?: string;
  readonly sections?: readonly ReportSection[];
  /** The whole list of the report's quotations, in order (an empty list removes them all). */
  readonly quotations?: readonly QuotationChoice[];
  /** true: hand the draft over to the editors ("valmis julkaistavaksi"); false: take it back. */
  readonly handedOver?: boolean;
};

/** An edit of the text or the hand-over: only the named fields change; an empty edit is refused. */
export function validateReportPatch(input: unknown): Result<ReportPatch, FieldProblem[]> {
  const parsed = parseToResult(patchSchema, input);
  if (!parsed.ok) return parsed;
  const patch = Object.fromEntries(
    Object.entries(parsed.value).filter(([, value]) => value !== undefined),
  ) as ReportPatch;
  if (Object.keys(patch).length === 0) return err([{ field: BODY_FIELD, code: 'required' }]);
  return ok(patch);
}

/**
 * The free text of an edit, by field (`sections.2.text`), for the personal data guard
 * (app/guard-free-text.ts) to read before anything is stored.
 */
export function reportPatchFreeText(patch: ReportPatch): Record<string, string> {
  const fields: Record<string, string> = {};
  if (patch.title !== undefined) fields.title = patch.title;
  if (patch.introduction !== undefined) fields.introduction = patch.introduction;
  patch.sections?.forEach((section, i) => {
    fields[`sections.${i}.heading`] = section.heading;
    fields[`sections.${i}.text`] = section.text;
  });
  patch.quotations?.forEach((quotation, i) => {
    fields[`quotations.${i}.text`] = quotation.text;
  });
  return fields;
}
