/** How the verify CLI tells the spawned jest run which lists it provisioned. */
export const VERIFY_PREFIX_VARIABLE = 'RAKE_VERIFY_LIST_PREFIX';

/** A unique, recognisable prefix: `RAKE verify 20261124T071500Z ` (left behind lists show when). */
export const verifyPrefix = (now: Date): string =>
  `RAKE verify ${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')} `;
