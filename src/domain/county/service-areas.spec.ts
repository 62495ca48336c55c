import { SERVICE_AREAS } from './service-areas';

describe('SERVICE_AREAS', () => {
  it('has unique snake_case ids and a label in every language', () => {
    for (const { id, label } of SERVICE_AREAS) {
      expect(id).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      for (const text of [label.fi, label.sv, label.en]) expect(text.trim()).not.toBe('');
    }
    expect(new Set(SERVICE_AREAS.map((s) => s.id)).size).toBe(SERVICE_AREAS.length);
  });

  it('covers the social-care service areas the RAKE group draws its members from', () => {
    expect(SERVICE_AREAS.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'adult_social_work',
        'working_age_services',
        'family_services',
        'child_welfare',
        'disability_services',
        'older_people_services',
        'mental_health_substance_abuse',
        'social_emergency',
      ]),
    );
  });

  it('says child welfare in Finnish and Swedish', () => {
    const childWelfare = SERVICE_AREAS.find((s) => s.id === 'child_welfare');
    expect(childWelfare?.label).toEqual({
      fi: 'Lastensuojelu',
      sv: 'Barnskydd',
      en: 'Child welfare',
    });
  });
});
