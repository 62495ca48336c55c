import { findClientNames } from './client-name';
import { findEmailAddresses } from './email-address';
import { matchPersonalIdentityCodes } from './identity-code';
import type {
  PersonalDataFindings,
  PersonalDataRefusal,
  PersonalDataWarning,
  PersonalDataWarningKind,
} from './personal-data-finding';
import { findPhoneNumbers } from './phone-number';
import { findStreetAddresses } from './street-address';

/** One detector per warning kind, in the order the warnings are reported. */
const WARNING_DETECTORS: ReadonlyArray<
  readonly [PersonalDataWarningKind, (text: string) => string[]]
> = [
  ['phone_number', findPhoneNumbers],
  ['email_address', findEmailAddresses],
  ['street_address', findStreetAddresses],
  ['client_name', findClientNames],
];

/**
 * Blanks out the identity codes (same length, so positions hold) before looking for softer
 * signs: a code with digits only at the end would otherwise also read as a phone number,
 * and the reporter should hear about the code, not twice about the same characters.
 */
function withoutIdentityCodes(
  text: string,
  codes: ReturnType<typeof matchPersonalIdentityCodes>,
): string {
  let masked = text;
  for (const code of codes) {
    masked =
      masked.slice(0, code.index) +
      ' '.repeat(code.text.length) +
      masked.slice(code.index + code.text.length);
  }
  return masked;
}

/**
 * Checks every named free-text field. Runs in the tab while typing and on the server
 * before anything is stored; the server's answer is the one that counts.
 *
 * A valid personal identity code is a refusal; phone numbers, e-mail addresses, street
 * addresses and names after "asiakas" are warnings only (one per field and kind), because
 * they can as well be a service's switchboard, a unit's mailbox or an office's address.
 */
export function checkPersonalData(
  fields: Readonly<Record<string, string | null | undefined>>,
): PersonalDataFindings {
  const refusals: PersonalDataRefusal[] = [];
  const warnings: PersonalDataWarning[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (typeof text !== 'string' || text === '') continue;
    const codes = matchPersonalIdentityCodes(text);
    if (codes.length > 0) refusals.push({ field, kind: 'personal_identity_code' });
    const rest = withoutIdentityCodes(text, codes);
    for (const [kind, find] of WARNING_DETECTORS) {
      if (find(rest).length > 0) warnings.push({ field, kind });
    }
  }
  return { refusals, warnings };
}
