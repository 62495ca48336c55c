import type { Locale } from '../domain/shared/localized-text';

/** Headings of the board export's columns that no form field names (the rest are `fields`). */
export type ExportHeadings = {
  readonly id: string;
  readonly filedOn: string;
  readonly reporter: string;
  readonly firstFeedbackOn: string;
  /** A compilation's export: the observation's beginning, and its phenomena. */
  readonly excerpt: string;
  readonly phenomena: string;
  /** The worksheet's name in the Excel file (at most 31 characters). */
  readonly sheet: string;
};

export const EXPORT_HEADINGS: Readonly<Record<Locale, ExportHeadings>> = {
  fi: {
    id: 'Tunniste',
    filedOn: 'Jätetty',
    reporter: 'Ilmoittaja',
    firstFeedbackOn: 'Ensimmäinen palaute',
    excerpt: 'Kuvauksen alku',
    phenomena: 'Ilmiöt',
    sheet: 'Havainnot',
  },
  sv: {
    id: 'Id',
    filedOn: 'Inlämnad',
    reporter: 'Rapportör',
    firstFeedbackOn: 'Första respons',
    excerpt: 'Början av beskrivningen',
    phenomena: 'Fenomen',
    sheet: 'Observationer',
  },
  en: {
    id: 'Id',
    filedOn: 'Filed',
    reporter: 'Reporter',
    firstFeedbackOn: 'First feedback',
    excerpt: 'Beginning of the description',
    phenomena: 'Phenomena',
    sheet: 'Observations',
  },
};
