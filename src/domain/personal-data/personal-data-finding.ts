/** Refused outright: a Finnish personal identity code (henkilötunnus) with a valid check character. */
export type PersonalDataRefusal = {
  readonly field: string;
  readonly kind: 'personal_identity_code';
};

/** Never refused, but the reporter is asked to check the text before sending. */
export const PERSONAL_DATA_WARNING_KINDS = [
  'phone_number',
  'email_address',
  'street_address',
  'client_name',
] as const;
export type PersonalDataWarningKind = (typeof PERSONAL_DATA_WARNING_KINDS)[number];
export type PersonalDataWarning = {
  readonly field: string;
  readonly kind: PersonalDataWarningKind;
};

export type PersonalDataFindings = {
  readonly refusals: readonly PersonalDataRefusal[];
  readonly warnings: readonly PersonalDataWarning[];
};
