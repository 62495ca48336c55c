import { timeOrderedIds } from '../src/adapters/time-ordered-ids';
import type { IdGenerator } from '../src/ports/clock';

/** The ids the bare SQL baseline writes: the same kind as the app's (src/compose.ts). */
export const benchIds: IdGenerator = timeOrderedIds();
