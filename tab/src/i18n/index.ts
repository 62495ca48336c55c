import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** fi-FI, sv_FI, en-GB … → the language the UI speaks; Finnish when nothing fits. */
export function toLanguage(tag: string | null | undefined): Language | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : null;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
  lng: 'fi',
  fallbackLng: 'fi',
  supportedLngs: [...LANGUAGES],
  // React escapes everything it renders; i18next must not escape a second time.
  interpolation: { escapeValue: false },
  returnNull: false,
});

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
}

i18n.on('languageChanged', applyToDocument);
applyToDocument(i18n.language);

export function setLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
}
