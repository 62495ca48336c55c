import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fi } from './fi';
import type { Messages } from './messages';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** fi-FI, sv_FI, en-GB … → the language the UI speaks; Finnish when nothing fits. */
export function toLanguage(tag: string | null | undefined): Language | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : null;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  // Finnish is in the first chunk; Swedish and English are fetched when chosen (setLanguage).
  resources: { fi: { translation: fi } },
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

const LOAD: Record<Exclude<Language, 'fi'>, () => Promise<Messages>> = {
  sv: () => import('./sv').then((m) => m.sv),
  en: () => import('./en').then((m) => m.en),
};

/** The language last asked for: a slower earlier load must not win over it. */
let wanted: Language = 'fi';

/**
 * Switches the UI's language, first fetching its messages if they are not there yet (the
 * shell shows its spinner until `i18n.language` is the one it asked for).
 */
export function setLanguage(language: Language): void {
  wanted = language;
  if (i18n.language === language) return;
  if (language === 'fi' || i18n.hasResourceBundle(language, 'translation')) {
    void i18n.changeLanguage(language);
    return;
  }
  LOAD[language]().then(
    (messages) => {
      i18n.addResourceBundle(language, 'translation', messages);
      if (wanted === language) void i18n.changeLanguage(language);
    },
    // Unreachable messages: the UI goes on in the fallback, Finnish, rather than wait.
    () => {
      if (wanted === language) void i18n.changeLanguage(language);
    },
  );
}
