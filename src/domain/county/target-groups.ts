import type { Choice } from '../shared/localized-text';

/** Whom the phenomenon concerns. A general list; counties may override it. */
export const TARGET_GROUPS: readonly Choice[] = [
  {
    id: 'children_families',
    label: {
      fi: 'Lapset ja lapsiperheet',
      sv: 'Barn och barnfamiljer',
      en: 'Children and families',
    },
  },
  { id: 'young_people', label: { fi: 'Nuoret', sv: 'Unga', en: 'Young people' } },
  {
    id: 'working_age',
    label: { fi: 'Työikäiset', sv: 'Personer i arbetsför ålder', en: 'Working-age adults' },
  },
  { id: 'older_people', label: { fi: 'Ikääntyneet', sv: 'Äldre', en: 'Older people' } },
  {
    id: 'people_with_disabilities',
    label: {
      fi: 'Vammaiset henkilöt',
      sv: 'Personer med funktionsnedsättning',
      en: 'People with disabilities',
    },
  },
  {
    id: 'mental_health_substance_use',
    label: {
      fi: 'Mielenterveys- ja päihdeasiakkaat',
      sv: 'Personer med psykisk ohälsa eller missbruk',
      en: 'People with mental health or substance use problems',
    },
  },
  { id: 'immigrants', label: { fi: 'Maahan muuttaneet', sv: 'Invandrare', en: 'Immigrants' } },
  {
    id: 'homeless',
    label: { fi: 'Asunnottomat', sv: 'Bostadslösa', en: 'People without a home' },
  },
  {
    id: 'informal_carers',
    label: { fi: 'Omaishoitajat', sv: 'Närståendevårdare', en: 'Informal carers' },
  },
  {
    id: 'whole_population',
    label: { fi: 'Koko väestö', sv: 'Hela befolkningen', en: 'The whole population' },
  },
  { id: 'other', label: { fi: 'Muu', sv: 'Annan', en: 'Other' } },
];
