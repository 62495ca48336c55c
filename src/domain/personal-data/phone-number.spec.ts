import { findPhoneNumbers } from './phone-number';

describe('findPhoneNumbers', () => {
  it.each([
    '040 123 4567',
    '040-1234567',
    '0401234567',
    '050 765 4321',
    '044-987 65 43',
    '0400 123 456',
    '09-123 4567',
    '09 1234 5678',
    '(09) 123 4567',
    '017 123 456',
    '+358 40 1234567',
    '+358401234567',
    '+358 (0)40 123 4567',
    '+358-9-123 4567',
    '00358 40 1234567',
  ])('finds %s', (phone) => {
    expect(findPhoneNumbers(`Soita numeroon ${phone}, kiitos.`)).toEqual([phone]);
  });

  it('finds a number at the very start and end of a text, and after a non-breaking space', () => {
    expect(findPhoneNumbers('040 123 4567')).toEqual(['040 123 4567']);
    expect(findPhoneNumbers('puh.\u00A0040\u00A0123\u00A04567')).toEqual([
      '040\u00A0123\u00A04567',
    ]);
  });

  it('finds two numbers separated by words', () => {
    expect(findPhoneNumbers('040 123 4567 tai 09 876 5432')).toEqual([
      '040 123 4567',
      '09 876 5432',
    ]);
  });

  it.each([
    ['a date', 'Tapaaminen 1.12.2025 klo 9.'],
    ['an ISO date', 'Alkaen 2025-12-01.'],
    ['a date with hyphens', 'Päivitetty 01-12-2025.'],
    ['a business id', 'Y-tunnus 1234567-8'],
    ['a business id starting with 0', 'Y-tunnus 0123456-7'],
    ['a law number', 'sosiaalihuoltolaki 1301/2014'],
    ['the supervision act', 'valvontalaki 741/2023, 29 §'],
    ['a long number in a law reference', 'asetus 0401234567/2020'],
    ['a record number', 'Dnro 0401234/2025'],
    ['a percentage', 'osuus 0,5 % ja 45 %'],
    ['a year', 'vuonna 2025'],
    ['office hours', 'klo 08-16'],
    ['an IBAN', 'FI49 5000 9420 0287 30'],
    ['an RF reference', 'RF18 5390 0754 7034'],
    ['a reference number', 'viite 12345 67890 12341'],
    ['a sum', 'tuki 0401 €'],
    ['a short number', 'huone 0401'],
    ['too many digits', '040 123 4567 8901 2345'],
  ])('finds nothing in %s', (_what, text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });
});
