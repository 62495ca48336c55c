import type { CountyConfig } from '../domain/county/county-config';
import type { Clock, IdGenerator, ObservationStore, StaffDirectory } from '../ports';

/** What every use case may touch: ports only, so the same code runs on SQLite or SharePoint. */
export type AppDeps = {
  readonly store: ObservationStore;
  readonly staff: StaffDirectory;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly county: CountyConfig;
};
