import { isPublicReporterId } from '../public-form/public-submission';
import { ANONYMISED_ID } from '../retention/retention';

/**
 * Whether an observation's reporter (or co-reporter) id names someone the bot can tell of it:
 * not a resident of the public form (they follow the status page) and not a reporter removed
 * by retention (nobody is left to tell).
 */
export const isReachableReporter = (userId: string): boolean =>
  !isPublicReporterId(userId) && userId !== ANONYMISED_ID;
