import type { CompiledObservation } from '../compilation/compilation';
import type { CountyConfig } from '../county/county-config';
import type { Report, ReportLanguage } from './report';

/** What a draft generator makes: the report's generated text and figures, and its reach. */
export type ReportContent = Pick<
  Report,
  'introduction' | 'sections' | 'figures' | 'from' | 'to' | 'observationIds'
>;

/** The county's lists label a report's rows; its time zone dates the observations. */
export type ReportCounty = Pick<
  CountyConfig,
  'serviceAreas' | 'municipalities' | 'topics' | 'targetGroups' | 'timeZone'
>;

/** An observation as a report may know it: what it was about and when, never who filed it. */
export type ReportedObservation = Pick<
  CompiledObservation,
  'id' | 'kind' | 'serviceArea' | 'municipality' | 'topic' | 'targetGroup' | 'createdAt'
>;

/** What every draft generator needs besides its data. */
export type DraftContext = {
  readonly language: ReportLanguage;
  readonly county: ReportCounty;
};
