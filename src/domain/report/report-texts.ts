import type { ReportLanguage } from './report';
import type { ReportTexts } from './report-text-catalogue';
import { en } from './report-texts.en';
import { fi } from './report-texts.fi';
import { sv } from './report-texts.sv';

export * from './report-text-catalogue';

/*
 * Every heading and paragraph template of the generated reports, per language, lives in
 * report-texts.{fi,sv,en}.ts; code asks for them here.
 */
const TEXTS: Readonly<Record<ReportLanguage, ReportTexts>> = { fi, sv, en };

export const reportTexts = (language: ReportLanguage): ReportTexts => TEXTS[language];

/**
 * The prompts a draft leaves for the group to write over ("Kuvatkaa tähän …"), in every
 * language: instructions to the writers, never text for the intranet.
 */
export const WRITING_PROMPTS: ReadonlySet<string> = new Set(
  Object.values(TEXTS).flatMap((t) => [t.phenomenon.effectsPrompt, t.annual.evaluationPrompt]),
);
