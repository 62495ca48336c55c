import {
  DEFAULT_MEETING_DAY,
  type CountyConfig,
  type CountyId,
  type MeetingRhythm,
} from './county-config';
import { countyConfigProblems } from './county-config-problems';
import { MUNICIPALITIES } from './municipalities';
import { SERVICE_AREAS } from './service-areas';
import { TARGET_GROUPS } from './target-groups';
import { TOPICS } from './topics';

const HELSINKI = 'Europe/Helsinki';

/** Meeting rhythms as the implementation plans describe them (domain brief §6). */
const MEETINGS: Readonly<Record<CountyId, MeetingRhythm>> = {
  kainuu: {
    months: [2, 5, 9, 11],
    day: DEFAULT_MEETING_DAY,
    description: {
      fi: 'RAKE-työryhmä kokoontuu Teamsissa neljästi vuodessa: helmi-, touko-, syys- ja marraskuussa.',
      sv: 'RAKE-arbetsgruppen möts i Teams fyra gånger per år: i februari, maj, september och november.',
      en: 'The RAKE working group meets in Teams four times a year: February, May, September and November.',
    },
  },
  kymenlaakso: {
    months: [6, 12],
    day: DEFAULT_MEETING_DAY,
    description: {
      fi: 'Puolivuosikooste käsitellään kunkin jakson jälkeen kesä- ja joulukuussa.',
      sv: 'Halvårssammanställningen behandlas efter varje period, i juni och december.',
      en: 'The half-yearly compilation is handled after each period, in June and December.',
    },
  },
  'kanta-hame': {
    months: [2, 5, 8, 11],
    day: DEFAULT_MEETING_DAY,
    description: {
      fi: 'Perustason kooste neljännesvuosittain: helmi-, touko-, elo- ja marraskuussa.',
      sv: 'Grundsammanställning varje kvartal: i februari, maj, augusti och november.',
      en: 'A basic compilation every quarter: February, May, August and November.',
    },
  },
  pohde: {
    months: [3, 6, 9, 12],
    day: DEFAULT_MEETING_DAY,
    description: {
      fi: 'RAKE-työryhmä kokoontuu neljännesvuosittain: maalis-, kesä-, syys- ja joulukuussa.',
      sv: 'RAKE-arbetsgruppen möts varje kvartal: i mars, juni, september och december.',
      en: 'The RAKE working group meets every quarter: March, June, September and December.',
    },
  },
};

/** What every preset shares; a county differs in name, municipalities and rhythm. */
const COMMON = {
  serviceAreas: SERVICE_AREAS,
  topics: TOPICS,
  targetGroups: TARGET_GROUPS,
  timeZone: HELSINKI,
} as const;

export const COUNTY_PRESETS: Readonly<Record<CountyId, CountyConfig>> = {
  kainuu: {
    ...COMMON,
    id: 'kainuu',
    name: {
      fi: 'Kainuun hyvinvointialue',
      sv: 'Kajanalands välfärdsområde',
      en: 'Kainuu Wellbeing Services County',
    },
    municipalities: MUNICIPALITIES.kainuu,
    periodScheme: 'quarters',
    meetings: MEETINGS.kainuu,
    supervisorNamedByReporter: false,
  },
  kymenlaakso: {
    ...COMMON,
    id: 'kymenlaakso',
    name: {
      fi: 'Kymenlaakson hyvinvointialue',
      sv: 'Kymmenedalens välfärdsområde',
      en: 'Kymenlaakso Wellbeing Services County',
    },
    municipalities: MUNICIPALITIES.kymenlaakso,
    periodScheme: 'half-years-dec',
    meetings: MEETINGS.kymenlaakso,
    // The filled form goes to the supervisor the reporter names (seed 001).
    supervisorNamedByReporter: true,
  },
  'kanta-hame': {
    ...COMMON,
    id: 'kanta-hame',
    name: {
      fi: 'Kanta-Hämeen hyvinvointialue',
      sv: 'Egentliga Tavastlands välfärdsområde',
      en: 'Kanta-Häme Wellbeing Services County',
    },
    municipalities: MUNICIPALITIES['kanta-hame'],
    periodScheme: 'quarters',
    meetings: MEETINGS['kanta-hame'],
    supervisorNamedByReporter: false,
  },
  pohde: {
    ...COMMON,
    id: 'pohde',
    name: {
      fi: 'Pohjois-Pohjanmaan hyvinvointialue',
      sv: 'Norra Österbottens välfärdsområde',
      en: 'North Ostrobothnia Wellbeing Services County',
    },
    municipalities: MUNICIPALITIES.pohde,
    periodScheme: 'quarters',
    meetings: MEETINGS.pohde,
    supervisorNamedByReporter: false,
  },
};

/**
 * The preset for the county, with any configured overrides laid over it (a whole list or
 * value replaces the preset's; an override left undefined keeps it). A configuration that
 * cannot work (empty list, repeated id, unknown time zone …) throws at startup, because
 * no request could be served right with it.
 */
export function resolveCountyConfig(
  id: CountyId,
  overrides?: Partial<Omit<CountyConfig, 'id'>>,
): CountyConfig {
  const given = Object.fromEntries(
    Object.entries(overrides ?? {}).filter(([, value]) => value !== undefined),
  ) as Partial<Omit<CountyConfig, 'id'>>;
  const config: CountyConfig = { ...COUNTY_PRESETS[id], ...given, id };
  const problems = countyConfigProblems(config);
  if (problems.length > 0) {
    throw new Error(`Invalid county configuration for ${id}: ${problems.join('; ')}`);
  }
  return config;
}
