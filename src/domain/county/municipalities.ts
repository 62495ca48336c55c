import type { Choice } from '../shared/localized-text';
import type { CountyId } from './county-config';

/**
 * The id of a municipality: its Finnish name in lower case ASCII, e.g. Hämeenlinna →
 * `hameenlinna`. Stable across languages, so stored observations survive a relabel.
 */
export function municipalitySlug(finnishName: string): string {
  return finnishName
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A municipality; English uses the Finnish name, Swedish its own name where it has one. */
function municipality(fi: string, sv: string = fi): Choice {
  return { id: municipalitySlug(fi), label: { fi, sv, en: fi } };
}

/** Member municipalities of each county (domain brief §9), with Swedish names. */
export const MUNICIPALITIES: Readonly<Record<CountyId, readonly Choice[]>> = {
  kainuu: [
    municipality('Hyrynsalmi'),
    municipality('Kajaani', 'Kajana'),
    municipality('Kuhmo'),
    municipality('Paltamo'),
    municipality('Puolanka'),
    municipality('Ristijärvi'),
    municipality('Sotkamo'),
    municipality('Suomussalmi'),
  ],
  kymenlaakso: [
    municipality('Hamina', 'Fredrikshamn'),
    municipality('Kotka'),
    municipality('Kouvola'),
    municipality('Miehikkälä'),
    municipality('Pyhtää', 'Pyttis'),
    municipality('Virolahti', 'Vederlax'),
  ],
  'kanta-hame': [
    municipality('Forssa'),
    municipality('Hattula'),
    municipality('Hausjärvi'),
    municipality('Humppila'),
    municipality('Hämeenlinna', 'Tavastehus'),
    municipality('Janakkala'),
    municipality('Jokioinen', 'Jockis'),
    municipality('Loppi', 'Loppis'),
    municipality('Riihimäki'),
    municipality('Tammela'),
    municipality('Ypäjä'),
  ],
  pohde: [
    municipality('Alavieska'),
    municipality('Haapajärvi'),
    municipality('Haapavesi'),
    municipality('Hailuoto', 'Karlö'),
    municipality('Ii', 'Ijo'),
    municipality('Kalajoki'),
    municipality('Kempele'),
    municipality('Kuusamo'),
    municipality('Kärsämäki'),
    municipality('Liminka', 'Limingo'),
    municipality('Lumijoki'),
    municipality('Merijärvi'),
    municipality('Muhos'),
    municipality('Nivala'),
    municipality('Oulainen', 'Oulais'),
    municipality('Oulu', 'Uleåborg'),
    municipality('Pudasjärvi'),
    municipality('Pyhäjoki'),
    municipality('Pyhäjärvi'),
    municipality('Pyhäntä'),
    municipality('Raahe', 'Brahestad'),
    municipality('Reisjärvi'),
    municipality('Sievi'),
    municipality('Siikajoki'),
    municipality('Siikalatva'),
    municipality('Taivalkoski'),
    municipality('Tyrnävä'),
    municipality('Utajärvi'),
    municipality('Vaala'),
    municipality('Ylivieska'),
  ],
};
