import { PERSONAL_DATA_WARNING_KINDS } from './personal-data-finding';

describe('PERSONAL_DATA_WARNING_KINDS', () => {
  it('are the soft signs the reporter is asked to check', () => {
    expect(PERSONAL_DATA_WARNING_KINDS).toEqual([
      'phone_number',
      'email_address',
      'street_address',
      'client_name',
    ]);
  });
});
