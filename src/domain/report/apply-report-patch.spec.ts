import { applyReportPatch } from './apply-report-patch';
import type { Report } from './report';

const report: Report = {
  id: 'r1',
  kind: 'compilation',
  source: { kind: 'compilation', compilationId: 'c1' },
  language: 'fi',
  title: 'Kooste',
  introduction: 'Johdanto',
  sections: [
    { key: 'counts', heading: 'Havainnot', text: 'Luvut' },
    { key: 'phenomena', heading: 'Ilmiöt', text: 'Ilmiöt' },
  ],
  figures: [
    {
      key: 'phenomena',
      sectionKey: 'phenomena',
      title: 'Havainnot ilmiöittäin',
      labelHeading: 'Ilmiö',
      countHeading: 'Havaintoja',
      chart: 'bar',
      rows: [],
      total: null,
      smallCountsProtected: false,
    },
  ],
  quotations: [],
  from: '2026-01-01',
  to: '2026-03-31',
  observationIds: [],
  createdBy: 's1',
  createdByName: 'Kaisa',
  createdAt: '2026-04-01T08:00:00.000Z',
  updatedBy: 's1',
  updatedByName: 'Kaisa',
  updatedAt: '2026-04-01T08:00:00.000Z',
  publication: null,
  handedOver: null,
  version: 4,
};

describe('applyReportPatch', () => {
  const editor = { id: 's2', name: 'Matti' };

  it('changes only what the edit names and records who edited when, the version left to the store', () => {
    const next = applyReportPatch(
      report,
      { introduction: 'Uusi' },
      editor,
      new Date('2026-04-02T09:00:00.000Z'),
    );
    expect(next).toEqual({
      ...report,
      introduction: 'Uusi',
      updatedBy: 's2',
      updatedByName: 'Matti',
      updatedAt: '2026-04-02T09:00:00.000Z',
    });
  });

  it('keeps the figures of a removed section, so that restoring the section brings them back', () => {
    const next = applyReportPatch(
      report,
      { title: 'Kooste Q1', sections: [{ key: 'counts', heading: 'Havainnot', text: '' }] },
      editor,
      '2026-04-02T09:00:00.000Z',
    );
    expect(next.title).toBe('Kooste Q1');
    expect(next.sections).toHaveLength(1);
    expect(next.figures).toBe(report.figures);
    expect(next.version).toBe(4);
  });

  it('hands over and takes back; an edit of the text keeps the hand-over as it was', () => {
    const at = '2026-04-02T09:00:00.000Z';
    const handed = applyReportPatch(report, { handedOver: true }, editor, at);
    expect(handed.handedOver).toEqual({ by: 's2', byName: 'Matti', at });
    const polished = applyReportPatch(
      handed,
      { introduction: 'Hiottu', handedOver: true },
      { id: 's1', name: 'Kaisa' },
      '2026-04-03T09:00:00.000Z',
    );
    expect(polished.handedOver).toEqual(handed.handedOver);
    expect(applyReportPatch(polished, { title: 'T' }, editor, at).handedOver).toEqual(
      handed.handedOver,
    );
    expect(applyReportPatch(polished, { handedOver: false }, editor, at).handedOver).toBeNull();
  });
});
