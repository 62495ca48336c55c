import type { ReportKind, ReportLanguage } from './reports-api';

/*
 * A new report's title in the language it is written in, which need not be the tab's (a
 * Finnish report from a Swedish-speaking member): kept here rather than in the tab's
 * messages, whose other languages are loaded only when chosen.
 */
const TITLES: Record<ReportLanguage, Record<ReportKind, (name: string) => string>> = {
  fi: {
    annual: (year) => `Sosiaalinen raportti ${year}`,
    compilation: (name) => `Koosteraportti ${name}`,
    phenomenon: (name) => `Ilmiöraportti: ${name}`,
  },
  sv: {
    annual: (year) => `Social rapport ${year}`,
    compilation: (name) => `Sammanställningsrapport ${name}`,
    phenomenon: (name) => `Fenomenrapport: ${name}`,
  },
  en: {
    annual: (year) => `Social report ${year}`,
    compilation: (name) => `Compilation report ${name}`,
    phenomenon: (name) => `Phenomenon report: ${name}`,
  },
};

/** The title a report gets unless its writer names it: '' until its source is chosen. */
export const defaultTitle = (kind: ReportKind, language: ReportLanguage, name: string): string =>
  name === '' ? '' : TITLES[language][kind](name);
