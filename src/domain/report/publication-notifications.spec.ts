import type { Notification } from '../notification/notification';
import { publicationNotifications } from './publication-notifications';
import type { Report, ReportPublication } from './report';

const report: Pick<Report, 'id' | 'kind' | 'source' | 'title'> = {
  id: 'r-1',
  kind: 'annual',
  source: { kind: 'annual', year: 2026 },
  title: 'Sosiaalinen raportti 2026',
};

const publication: Pick<
  ReportPublication,
  'url' | 'version' | 'publishedAt' | 'publishedByName' | 'state'
> = {
  url: 'http://localhost:3978/intranet/sosiaalinen-raportti-2026',
  version: 4,
  publishedAt: '2026-12-15T10:00:00.000Z',
  publishedByName: 'Eeva Editori',
  state: 'published',
};

const observation = (id: string, reporterId: string, coReporterIds: string[] = []) => ({
  id,
  description: `Havainto ${id}:   asiakkaat   jonottavat\n\nliian kauan`,
  reporterId,
  coReporterIds,
});

const first = { republished: false, actorId: 'u-editor' };
const recipients = (notes: Notification[]) =>
  notes.map((n) => (n.recipient.kind === 'user' ? n.recipient.userId : 'rake_channel'));
const toUser = (notes: Notification[], userId: string) => {
  const found = notes.find((n) => n.recipient.kind === 'user' && n.recipient.userId === userId);
  if (found?.kind !== 'observation_in_report') throw new Error(`nothing for ${userId}`);
  return found;
};

describe('publicationNotifications', () => {
  it('tells the RAKE channel what was published, where and by whom', () => {
    const [channel] = publicationNotifications(report, publication, [], first);
    expect(channel).toEqual({
      key: 'report_published:r-1:v4',
      recipient: { kind: 'rake_channel' },
      createdAt: publication.publishedAt,
      kind: 'report_published',
      data: {
        reportId: 'r-1',
        title: 'Sosiaalinen raportti 2026',
        kind: 'annual',
        url: publication.url,
        version: 4,
        publishedByName: 'Eeva Editori',
        publishedAt: publication.publishedAt,
        republished: false,
      },
    });
  });

  it('tells each reporter and co-reporter once, with how many of theirs and three excerpts', () => {
    const notes = publicationNotifications(
      report,
      publication,
      [
        observation('o-1', 'u-anna', ['u-bert']),
        observation('o-2', 'u-anna'),
        observation('o-3', 'u-bert', ['u-anna']),
        observation('o-4', 'u-anna'),
        observation('o-5', 'u-anna'),
      ],
      first,
    );
    expect(recipients(notes)).toEqual(['rake_channel', 'u-anna', 'u-bert']);
    const anna = toUser(notes, 'u-anna');
    expect(anna.key).toBe('observation_in_report:r-1:u-anna');
    expect(anna.data).toEqual({
      reportId: 'r-1',
      title: 'Sosiaalinen raportti 2026',
      kind: 'annual',
      year: 2026,
      url: publication.url,
      observationCount: 5,
      observations: [
        { observationId: 'o-1', excerpt: 'Havainto o-1: asiakkaat jonottavat liian kauan' },
        { observationId: 'o-2', excerpt: 'Havainto o-2: asiakkaat jonottavat liian kauan' },
        { observationId: 'o-3', excerpt: 'Havainto o-3: asiakkaat jonottavat liian kauan' },
      ],
    });
    expect(toUser(notes, 'u-bert').data.observationCount).toBe(2);
  });

  it('counts an observation listed twice, or with its reporter among the co-reporters, once', () => {
    const twice = observation('o-1', 'u-anna', ['u-anna']);
    const notes = publicationNotifications(report, publication, [twice, twice], first);
    expect(toUser(notes, 'u-anna').data.observationCount).toBe(1);
    expect(toUser(notes, 'u-anna').data.observations).toHaveLength(1);
  });

  it('does not tell the publishing editor about their own observations', () => {
    const notes = publicationNotifications(
      report,
      publication,
      [observation('o-1', 'u-editor', ['u-anna'])],
      first,
    );
    expect(recipients(notes)).toEqual(['rake_channel', 'u-anna']);
  });

  it('names no year for a report that is not an annual one', () => {
    const phenomenon = {
      ...report,
      kind: 'phenomenon' as const,
      source: { kind: 'phenomenon' as const, phenomenonId: 'ph-1' },
    };
    const notes = publicationNotifications(
      phenomenon,
      publication,
      [observation('o-1', 'u-anna')],
      first,
    );
    expect(toUser(notes, 'u-anna').data).not.toHaveProperty('year');
    expect(toUser(notes, 'u-anna').data.kind).toBe('phenomenon');
  });

  it('tells only the channel of a republished version, under a key of its own', () => {
    const restingOn = [observation('o-1', 'u-anna')];
    const again = publicationNotifications(report, { ...publication, version: 7 }, restingOn, {
      republished: true,
      actorId: 'u-editor',
    });
    expect(recipients(again)).toEqual(['rake_channel']);
    expect(again[0]?.key).toBe('report_published:r-1:v7');
    expect(again[0]?.data).toMatchObject({ republished: true, version: 7 });
  });

  it('makes the same keys when a publish is retried, so the outbox keeps one of each', () => {
    const restingOn = [observation('o-1', 'u-anna', ['u-bert'])];
    const keys = () =>
      publicationNotifications(report, publication, restingOn, first).map((n) => n.key);
    expect(keys()).toEqual(keys());
    expect(keys()).toEqual([
      'report_published:r-1:v4',
      'observation_in_report:r-1:u-anna',
      'observation_in_report:r-1:u-bert',
    ]);
  });

  it.each(['awaiting_approval', 'withdrawn'] as const)(
    'tells nobody while the page is %s: it is not on the intranet',
    (state) => {
      const notes = publicationNotifications(
        report,
        { ...publication, state },
        [observation('o-1', 'u-anna')],
        first,
      );
      expect(notes).toEqual([]);
    },
  );

  it('tells each of the reporters of an annual report of 10,000 observations once', () => {
    const restingOn = Array.from({ length: 10_000 }, (_, i) =>
      observation(`o-${i}`, `u-${i % 400}`, [`u-${(i + 1) % 400}`]),
    );
    const notes = publicationNotifications(report, publication, restingOn, first);
    expect(notes).toHaveLength(401);
    const one = toUser(notes, 'u-7');
    expect(one.data.observationCount).toBe(50);
    expect(one.data.observations).toHaveLength(3);
  });
});
