import { COUNTY_IDS } from './county-config';
import { MUNICIPALITIES, municipalitySlug } from './municipalities';

describe('municipalitySlug', () => {
  it.each([
    ['Hämeenlinna', 'hameenlinna'],
    ['Kärsämäki', 'karsamaki'],
    ['Pyhäjärvi', 'pyhajarvi'],
    ['Ii', 'ii'],
    ['Kanta-Häme', 'kanta-hame'],
    ['Uleåborg', 'uleaborg'],
  ])('%s → %s', (name, slug) => {
    expect(municipalitySlug(name)).toBe(slug);
  });
});

describe('MUNICIPALITIES', () => {
  it.each(COUNTY_IDS)('%s: ids are the slugs of the Finnish names, all different', (county) => {
    const list = MUNICIPALITIES[county];
    for (const m of list) expect(m.id).toBe(municipalitySlug(m.label.fi));
    expect(new Set(list.map((m) => m.id)).size).toBe(list.length);
  });

  it('keeps the Finnish name in English', () => {
    for (const county of COUNTY_IDS) {
      for (const m of MUNICIPALITIES[county]) expect(m.label.en).toBe(m.label.fi);
    }
  });

  it('lists Pohjois-Pohjanmaa’s 30 municipalities, Pyhäjoki and Pyhäjärvi apart', () => {
    const ids = MUNICIPALITIES.pohde.map((m) => m.id);
    expect(ids).toHaveLength(30);
    expect(ids).toEqual(expect.arrayContaining(['pyhajoki', 'pyhajarvi', 'pyhanta']));
  });
});
