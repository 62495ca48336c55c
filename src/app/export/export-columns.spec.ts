import { EMPTY_TRIAGE, TRIAGE_FIELDS } from '../../domain/triage/triage-record';
import type { ObservationView } from '../observation-view';
import { COUNTY } from '../testing';
import { exportLayout } from './export-columns';

const view = (overrides: Partial<ObservationView> = {}): ObservationView => ({
  id: 'obs-1',
  kind: 'negative',
  description: 'Vuokrarästit lisääntyvät.',
  solutionProposal: 'Velkaneuvonta mukaan.',
  topic: 'client_needs',
  serviceArea: 'adult_social_work',
  municipality: 'kajaani',
  targetGroup: 'young_people',
  supervisorId: null,
  coReporterIds: [],
  reporterId: 'u-reporter',
  reporterName: 'Raili Raportoija',
  // 00:30 on 1 April in Helsinki, still 31 March in UTC.
  createdAt: '2026-03-31T21:30:00.000Z',
  period: '2026-Q2',
  status: 'in_review',
  firstAnsweredAt: '2026-04-02T06:00:00.000Z',
  updatedAt: '2026-04-02T06:00:00.000Z',
  version: 2,
  allowedTransitions: [],
  canTriage: true,
  hoursToFirstAnswer: 32.5,
  triage: { ...EMPTY_TRIAGE, coreContent: 'Asumisen kustannukset', priority: 2 },
  ...overrides,
});

describe('exportLayout', () => {
  it('names the columns in the user’s language, the ten triage fields last in Kainuu’s order', () => {
    const fi = exportLayout(COUNTY, 'fi').columns.map((c) => c.heading);
    expect(fi.slice(0, 13)).toEqual([
      'Tunniste',
      'Jätetty',
      'Ilmoittaja',
      'Tila',
      'Ilmiön luonne',
      'Palvelualue',
      'Kunta',
      'Aihe',
      'Kohderyhmä',
      'Kuvaus',
      'Ratkaisuehdotus',
      'Raportointikausi',
      'Ensimmäinen palaute',
    ]);
    expect(fi.slice(13)).toEqual([
      'Raportin ydinsisältö',
      'Tavoite',
      'Kohdeyleisöt',
      'Ydinviesti',
      'Kanava ja keinot',
      'Ajankohta',
      'Tekijä',
      'Seuranta',
      'Prioriteetti',
      'Tulos',
    ]);
    expect(exportLayout(COUNTY, 'sv').columns[3]?.heading).toBe('Status');
    expect(exportLayout(COUNTY, 'en').columns[13]?.heading).toBe('Core content of the report');
    expect(exportLayout(COUNTY, 'en').columns).toHaveLength(13 + TRIAGE_FIELDS.length);
  });

  it('writes labels for ids and dates in the county’s calendar', () => {
    const row = exportLayout(COUNTY, 'fi').row(view());
    expect(row.slice(0, 13)).toEqual([
      'obs-1',
      { year: 2026, month: 4, day: 1 },
      'Raili Raportoija',
      'Käsittelyssä',
      'Kielteinen',
      COUNTY.serviceAreas.find((a) => a.id === 'adult_social_work')?.label.fi,
      'Kajaani',
      COUNTY.topics.find((a) => a.id === 'client_needs')?.label.fi,
      COUNTY.targetGroups.find((a) => a.id === 'young_people')?.label.fi,
      'Vuokrarästit lisääntyvät.',
      'Velkaneuvonta mukaan.',
      '2026-Q2',
      { year: 2026, month: 4, day: 2 },
    ]);
    expect(row.slice(13)).toEqual([
      'Asumisen kustannukset',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      2,
      null,
    ]);
    expect(exportLayout(COUNTY, 'en').row(view())[4]).toBe('Negative');
  });

  it('gives "when" and "follow-up" as days, and older free text there as text', () => {
    const layout = exportLayout(COUNTY, 'fi');
    const row = layout.row(
      view({
        triage: { ...EMPTY_TRIAGE, timing: 'Syksyn kokouskierros', followUp: '2026-09-30' },
      }),
    );
    expect(layout.columns.slice(13).map((c) => c.kind)).toEqual([
      'text',
      'text',
      'text',
      'text',
      'text',
      'date',
      'text',
      'date',
      'number',
      'text',
    ]);
    expect(row[18]).toBe('Syksyn kokouskierros');
    expect(row[20]).toEqual({ year: 2026, month: 9, day: 30 });
  });

  it('leaves the triage cells empty for a viewer who may not read the record', () => {
    const { triage: _notShown, ...withoutTriage } = view();
    const row = exportLayout(COUNTY, 'fi').row({ ...withoutTriage, canTriage: false });
    expect(row.slice(13)).toEqual(TRIAGE_FIELDS.map(() => null));
  });

  it('leaves the first feedback empty while the reporter waits, and shows an unknown id as is', () => {
    const row = exportLayout(COUNTY, 'fi').row(
      view({ firstAnsweredAt: null, municipality: 'atlantis' }),
    );
    expect(row[12]).toBeNull();
    expect(row[6]).toBe('atlantis');
  });

  it('neutralises every text that a spreadsheet could run as a formula', () => {
    const row = exportLayout(COUNTY, 'fi').row(
      view({
        description: '=HYPERLINK("http://evil.example";"x")',
        solutionProposal: ' +1',
        reporterName: '@Raili',
        triage: { ...EMPTY_TRIAGE, goal: '-5', result: '\tTAB' },
      }),
    );
    expect(row[9]).toBe('\'=HYPERLINK("http://evil.example";"x")');
    expect(row[10]).toBe("' +1");
    expect(row[2]).toBe("'@Raili");
    expect(row[14]).toBe("'-5");
    expect(row[22]).toBe("'\tTAB");
  });
});
