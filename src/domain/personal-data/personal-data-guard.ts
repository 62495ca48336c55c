import type { PersonalDataFindings } from './personal-data-finding';

/**
 * Checks every named free-text field. Runs in the tab while typing and on the server
 * before anything is stored; the server's answer is the one that counts.
 */
export function checkPersonalData(fields: Readonly<Record<string, string | null | undefined>>): PersonalDataFindings {
  throw new Error('not implemented yet');
}
