import { checkPersonalData } from './personal-data-guard';

// Invented codes (birth dates not yet reached or long past, temporary-range numbers).
const CODE_2000S = '010128A908Y';
const CODE_NEW_1900S = '310101Y9036';
const CODE_DIGIT_CHECK = '150300-9026';

describe('checkPersonalData', () => {
  it('finds nothing in an ordinary observation', () => {
    expect(
      checkPersonalData({
        description:
          'Vuokrat ovat nousseet Kajaanissa 1.12.2025 alkaen, ja yhä useampi lapsiperhe hakee ' +
          'täydentävää toimeentulotukea (sosiaalihuoltolaki 1301/2014, 7 §). Osuus 45 %.',
        solutionProposal: 'Y-tunnus 1234567-8 mainittiin hankintailmoituksessa 2025-12-01.',
      }),
    ).toEqual({ refusals: [], warnings: [] });
  });

  it('refuses a field with a valid identity code and names the field', () => {
    expect(
      checkPersonalData({
        description: 'Asiasta on tehty ilmoitus.',
        solutionProposal: `Katso asiakas ${CODE_2000S.toLowerCase()} tiedot.`,
      }).refusals,
    ).toEqual([{ field: 'solutionProposal', kind: 'personal_identity_code' }]);
  });

  it('refuses each field that holds a code, once per field', () => {
    const findings = checkPersonalData({
      description: `${CODE_2000S} ja ${CODE_NEW_1900S}`,
      solutionProposal: CODE_NEW_1900S,
    });
    expect(findings.refusals).toEqual([
      { field: 'description', kind: 'personal_identity_code' },
      { field: 'solutionProposal', kind: 'personal_identity_code' },
    ]);
  });

  it('does not refuse a code with a wrong check character', () => {
    expect(checkPersonalData({ description: 'tunnus 010128A908X' }).refusals).toEqual([]);
  });

  it('warns, never refuses, for phone, e-mail, street address and client name', () => {
    const findings = checkPersonalData({
      description:
        'Asiakas Virtanen asuu osoitteessa Kauppakatu 5 ja vastaa numerosta 040 123 4567 ' +
        'tai osoitteesta testi.henkilo@example.fi.',
    });
    expect(findings.refusals).toEqual([]);
    expect(findings.warnings).toEqual([
      { field: 'description', kind: 'phone_number' },
      { field: 'description', kind: 'email_address' },
      { field: 'description', kind: 'street_address' },
      { field: 'description', kind: 'client_name' },
    ]);
  });

  it('warns once per field and kind, for every field', () => {
    const findings = checkPersonalData({
      description: '040 123 4567 ja 050 765 4321',
      solutionProposal: 'puh. 09-123 4567',
    });
    expect(findings.warnings).toEqual([
      { field: 'description', kind: 'phone_number' },
      { field: 'solutionProposal', kind: 'phone_number' },
    ]);
  });

  it('does not also read an identity code as a phone number', () => {
    expect(checkPersonalData({ description: `tunnus ${CODE_DIGIT_CHECK}` })).toEqual({
      refusals: [{ field: 'description', kind: 'personal_identity_code' }],
      warnings: [],
    });
  });

  it('still warns for other personal data next to a refused code', () => {
    expect(checkPersonalData({ description: `${CODE_2000S}, puh. 040 123 4567` })).toEqual({
      refusals: [{ field: 'description', kind: 'personal_identity_code' }],
      warnings: [{ field: 'description', kind: 'phone_number' }],
    });
  });

  it('skips null, undefined and empty fields', () => {
    expect(checkPersonalData({ a: null, b: undefined, c: '' })).toEqual({
      refusals: [],
      warnings: [],
    });
  });
});
