import { COUNTY_IDS } from './county-config';
import { countyConfigProblems } from './county-config-problems';
import { COUNTY_PRESETS, resolveCountyConfig } from './county-presets';

const labels = (id: (typeof COUNTY_IDS)[number]) =>
  COUNTY_PRESETS[id].municipalities.map((m) => m.label.fi);

describe('COUNTY_PRESETS', () => {
  it('has a preset for every county id, under its own id', () => {
    for (const id of COUNTY_IDS) expect(COUNTY_PRESETS[id].id).toBe(id);
  });

  it.each(COUNTY_IDS)('%s passes its own configuration check', (id) => {
    expect(countyConfigProblems(COUNTY_PRESETS[id])).toEqual([]);
  });

  it('lists the municipalities of the domain brief', () => {
    expect(labels('kainuu')).toEqual([
      'Hyrynsalmi',
      'Kajaani',
      'Kuhmo',
      'Paltamo',
      'Puolanka',
      'Ristijärvi',
      'Sotkamo',
      'Suomussalmi',
    ]);
    expect(labels('kymenlaakso')).toEqual([
      'Hamina',
      'Kotka',
      'Kouvola',
      'Miehikkälä',
      'Pyhtää',
      'Virolahti',
    ]);
    expect(labels('kanta-hame')).toHaveLength(11);
    expect(labels('kanta-hame')).toContain('Hämeenlinna');
    expect(labels('pohde')).toHaveLength(30);
    expect(labels('pohde')).toEqual(expect.arrayContaining(['Oulu', 'Raahe', 'Ylivieska', 'Ii']));
  });

  it('uses the Swedish names in Swedish', () => {
    const sv = (id: (typeof COUNTY_IDS)[number], muni: string) =>
      COUNTY_PRESETS[id].municipalities.find((m) => m.id === muni)?.label.sv;
    expect(sv('kymenlaakso', 'hamina')).toBe('Fredrikshamn');
    expect(sv('kymenlaakso', 'pyhtaa')).toBe('Pyttis');
    expect(sv('kymenlaakso', 'virolahti')).toBe('Vederlax');
    expect(sv('kanta-hame', 'hameenlinna')).toBe('Tavastehus');
    expect(sv('pohde', 'oulu')).toBe('Uleåborg');
    expect(sv('pohde', 'raahe')).toBe('Brahestad');
    expect(sv('pohde', 'hailuoto')).toBe('Karlö');
    expect(sv('kainuu', 'kajaani')).toBe('Kajana');
    expect(sv('kainuu', 'kuhmo')).toBe('Kuhmo');
  });

  it('sets each county’s periods and meeting months', () => {
    const rhythm = Object.fromEntries(
      COUNTY_IDS.map((id) => [
        id,
        [COUNTY_PRESETS[id].periodScheme, COUNTY_PRESETS[id].meetings.months],
      ]),
    );
    expect(rhythm).toEqual({
      kainuu: ['quarters', [2, 5, 9, 11]],
      kymenlaakso: ['half-years-dec', [6, 12]],
      'kanta-hame': ['quarters', [2, 5, 8, 11]],
      pohde: ['quarters', [3, 6, 9, 12]],
    });
  });

  it('has Kymenlaakso’s reporter name the supervisor, and only there', () => {
    expect(COUNTY_IDS.filter((id) => COUNTY_PRESETS[id].supervisorNamedByReporter)).toEqual([
      'kymenlaakso',
    ]);
  });

  it('gives every county Kymenlaakso’s six topics and Helsinki time', () => {
    for (const id of COUNTY_IDS) {
      expect(COUNTY_PRESETS[id].topics.map((t) => t.id)).toEqual([
        'client_needs',
        'social_wellbeing',
        'service_system',
        'weak_signals',
        'good_practices',
        'action_proposals',
      ]);
      expect(COUNTY_PRESETS[id].timeZone).toBe('Europe/Helsinki');
    }
  });

  it('names Kymenlaakso in Swedish too', () => {
    expect(COUNTY_PRESETS.kymenlaakso.name.sv).toBe('Kymmenedalens välfärdsområde');
  });
});

describe('resolveCountyConfig', () => {
  it('gives the preset when nothing is overridden', () => {
    expect(resolveCountyConfig('kainuu')).toEqual(COUNTY_PRESETS.kainuu);
    expect(resolveCountyConfig('kainuu', {})).toEqual(COUNTY_PRESETS.kainuu);
  });

  it('lays overrides over the preset and keeps the rest', () => {
    const serviceAreas = [{ id: 'sote', label: { fi: 'Sote', sv: 'Social', en: 'Social' } }];
    const config = resolveCountyConfig('kainuu', {
      serviceAreas,
      periodScheme: 'half-years-dec',
      supervisorNamedByReporter: true,
    });
    expect(config.serviceAreas).toEqual(serviceAreas);
    expect(config.periodScheme).toBe('half-years-dec');
    expect(config.supervisorNamedByReporter).toBe(true);
    expect(config.municipalities).toBe(COUNTY_PRESETS.kainuu.municipalities);
    expect(config.id).toBe('kainuu');
  });

  it('ignores overrides left undefined', () => {
    expect(resolveCountyConfig('pohde', { timeZone: undefined, topics: undefined })).toEqual(
      COUNTY_PRESETS.pohde,
    );
  });

  it('cannot change the county id', () => {
    const sneaky = { id: 'kainuu' } as unknown as Parameters<typeof resolveCountyConfig>[1];
    expect(resolveCountyConfig('pohde', sneaky).id).toBe('pohde');
  });

  it('throws on a configuration that cannot work, naming the problem', () => {
    expect(() => resolveCountyConfig('kainuu', { municipalities: [] })).toThrow(
      /municipalities is empty/,
    );
    expect(() => resolveCountyConfig('kainuu', { timeZone: 'Mars/Olympus' })).toThrow(/timeZone/);
  });
});
