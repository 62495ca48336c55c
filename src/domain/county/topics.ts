import type { Choice } from '../shared/localized-text';

/**
 * Kymenlaakso's six topics of a social report (seed 001, "Raportoimalla voi tuoda esille"),
 * used by every preset: the other plans name no list of their own.
 */
export const TOPICS: readonly Choice[] = [
  {
    id: 'client_needs',
    label: {
      fi: 'Asiakkaiden tarpeet ja ongelmat sekä niiden yhteiskunnalliset yhteydet',
      sv: 'Klienternas behov och problem och deras samhälleliga kopplingar',
      en: "Clients' needs and problems and their societal links",
    },
  },
  {
    id: 'social_wellbeing',
    label: {
      fi: 'Sosiaalista hyvinvointia ja sosiaalisia ongelmia koskevat ilmiöt',
      sv: 'Fenomen som gäller social välfärd och sociala problem',
      en: 'Phenomena of social wellbeing and social problems',
    },
  },
  {
    id: 'service_system',
    label: {
      fi: 'Palvelujärjestelmän ja asiakasprosessien toimivuus sekä kehittämis- ja muutostarpeet',
      sv: 'Hur servicesystemet och klientprocesserna fungerar samt behov av utveckling och förändring',
      en: 'Functioning of the service system and client processes, needs for development and change',
    },
  },
  {
    id: 'weak_signals',
    label: {
      fi: 'Havainnot ja heikot signaalit, joihin tulisi reagoida',
      sv: 'Observationer och svaga signaler som man borde reagera på',
      en: 'Observations and weak signals that call for a response',
    },
  },
  {
    id: 'good_practices',
    label: {
      fi: 'Hyvät toimintakäytännöt, vaikuttavat sosiaalipalvelut ja palvelupolut',
      sv: 'God praxis, verkningsfulla socialtjänster och servicestigar',
      en: 'Good practices, effective social services and service paths',
    },
  },
  {
    id: 'action_proposals',
    label: {
      fi: 'Toimenpide-ehdotukset tilanteen parantamiseksi tai myönteisen asian vahvistamiseksi',
      sv: 'Åtgärdsförslag för att förbättra läget eller stärka något positivt',
      en: 'Action proposals to improve the situation or strengthen something positive',
    },
  },
];
