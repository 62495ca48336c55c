import type { Choice } from '../shared/localized-text';

/**
 * Social-care service areas common to the counties' organisations. The RAKE working group
 * has members from each (seed 000), and a supervisor answers for one or more of them.
 * Counties name and cut their areas differently; override the list in configuration.
 */
export const SERVICE_AREAS: readonly Choice[] = [
  {
    id: 'adult_social_work',
    label: { fi: 'Aikuissosiaalityö', sv: 'Vuxensocialarbete', en: 'Adult social work' },
  },
  {
    id: 'working_age_services',
    label: {
      fi: 'Työikäisten palvelut',
      sv: 'Tjänster för personer i arbetsför ålder',
      en: 'Services for working-age adults',
    },
  },
  {
    id: 'family_services',
    label: { fi: 'Lapsiperhepalvelut', sv: 'Tjänster för barnfamiljer', en: 'Family services' },
  },
  { id: 'child_welfare', label: { fi: 'Lastensuojelu', sv: 'Barnskydd', en: 'Child welfare' } },
  {
    id: 'student_welfare',
    label: {
      fi: 'Opiskeluhuollon kuraattoripalvelut',
      sv: 'Kuratorstjänster inom elevhälsan',
      en: 'School social work (student welfare)',
    },
  },
  {
    id: 'disability_services',
    label: { fi: 'Vammaispalvelut', sv: 'Handikappservice', en: 'Disability services' },
  },
  {
    id: 'older_people_services',
    label: {
      fi: 'Ikääntyneiden palvelut',
      sv: 'Tjänster för äldre',
      en: "Older people's services",
    },
  },
  {
    id: 'mental_health_substance_abuse',
    label: {
      fi: 'Mielenterveys- ja päihdepalvelut',
      sv: 'Mentalvårds- och missbrukartjänster',
      en: 'Mental health and substance abuse services',
    },
  },
  {
    id: 'immigrant_services',
    label: { fi: 'Maahanmuuttajapalvelut', sv: 'Invandrartjänster', en: 'Immigrant services' },
  },
  {
    id: 'social_emergency',
    label: { fi: 'Sosiaalipäivystys', sv: 'Socialjour', en: 'Social emergency services' },
  },
];
