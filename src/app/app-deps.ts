import type { CountyConfig } from '../domain/county/county-config';
import type { Clock, IdGenerator, ObservationStore, StaffDirectory } from '../ports';
import type { AnswerTimes } from './answer-times';

/** What every use case may touch: ports only, so the same code runs on SQLite or SharePoint. */
export type AppDeps = {
  readonly store: ObservationStore;
  readonly staff: StaffDirectory;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly county: CountyConfig;
  /**
   * The board's median answer time, kept up to date by writes through `store`
   * (cacheAnswerTimes). Absent: recomputed from the store on every board request.
   */
  readonly answerTimes?: AnswerTimes;
};
