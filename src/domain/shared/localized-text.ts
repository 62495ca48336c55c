export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A label in every language the UI speaks; Finnish first. */
export type LocalizedText = { readonly fi: string; readonly sv: string; readonly en: string };

/** An entry of a county list (service area, municipality, topic, target group). */
export type Choice = {
  readonly id: string;
  readonly label: LocalizedText;
  /**
   * Retired by the admin: no longer offered for new observations, still shown on the ones that
   * use it (an entry observations use is never deleted).
   */
  readonly retired?: boolean;
};
