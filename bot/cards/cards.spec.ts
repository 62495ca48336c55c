import { NOTIFICATION_KINDS } from '../../src/domain/notification/notification';
import { LOCALES } from '../../src/domain/shared/localized-text';
import {
  cardContext,
  HOSTILE,
  sampleNotifications,
  sampleViews,
} from '../testing/sample-notifications';
import { cardProblems } from '../testing/validate-card';
import {
  cardBytes,
  helpCard,
  MAX_CARD_BYTES,
  myReportsCard,
  noticeCard,
  notificationCard,
  observationCard,
  welcomeCard,
  type CardJson,
} from '.';

/** Every card the app can send, by name, in one language. */
function everyCard(locale: (typeof LOCALES)[number], long: boolean): [string, CardJson][] {
  const ctx = cardContext(locale);
  const text = long ? HOSTILE.repeat(300) : HOSTILE;
  const [newObservation] = sampleNotifications(long);
  if (newObservation?.kind !== 'new_observation') throw new Error('sample order changed');
  return [
    ...sampleNotifications(long).map((n): [string, CardJson] => [n.kind, notificationCard(ctx, n)]),
    [
      'observation done',
      observationCard(ctx, newObservation.data, { kind: 'done', notice: text, good: true }),
    ],
    ['help', helpCard(ctx)],
    ['welcome personal', welcomeCard(ctx, 'personal')],
    ['welcome team', welcomeCard(ctx, 'team')],
    ['my reports', myReportsCard(ctx, sampleViews(long ? 200 : 3, text))],
    ['my reports empty', myReportsCard(ctx, [])],
    ['my reports, more pages', myReportsCard(ctx, sampleViews(50, text), true)],
    ['notice', noticeCard('x', text)],
  ];
}

it('has a sample of every notification kind, so every kind is rendered below', () => {
  const sampled = (long: boolean) => new Set(sampleNotifications(long).map((n) => n.kind));
  expect([...sampled(false)].sort()).toEqual([...NOTIFICATION_KINDS].sort());
  expect([...sampled(true)].sort()).toEqual([...NOTIFICATION_KINDS].sort());
});

describe.each(LOCALES)('cards in %s', (locale) => {
  it.each(everyCard(locale, false))('%s is a valid 1.5 card', (_name, card) => {
    expect(cardProblems(card)).toEqual([]);
  });

  it.each(everyCard(locale, true))(
    '%s stays under the size limit with long texts',
    (_name, card) => {
      expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
      expect(cardProblems(card)).toEqual([]);
    },
  );
});

describe('card texts', () => {
  it('speak the recipient language and write dates the Finnish way', () => {
    const [n] = sampleNotifications();
    if (n === undefined) throw new Error('no sample');
    const fi = JSON.stringify(notificationCard(cardContext('fi'), n));
    const sv = JSON.stringify(notificationCard(cardContext('sv'), n));
    const en = JSON.stringify(notificationCard(cardContext('en'), n));
    expect(fi).toContain('Uusi havainto');
    expect(fi).toContain('Aikuissosiaalityö');
    expect(fi).toContain('10.3.2026 klo 10.05');
    expect(sv).toContain('Ny observation');
    expect(sv).toContain('10.3.2026 kl. 10.05');
    expect(en).toContain('Take into review');
  });

  it('link the digest to the agenda of its meeting, and tell reporters what their report led to', () => {
    const byKind = (kind: string) => {
      const found = sampleNotifications().find((n) => n.kind === kind);
      if (found === undefined) throw new Error(`no ${kind} sample`);
      return found;
    };
    const digest = JSON.stringify(notificationCard(cardContext('fi'), byKind('digest')));
    expect(digest).toContain('http://localhost:3978/?meeting=meeting-2026-05-12#workspace');
    expect(digest).toContain('Avaa kokouksen esityslista');
    const decided = JSON.stringify(notificationCard(cardContext('sv'), byKind('proposal_changed')));
    expect(decided).toContain('Ett åtgärdsförslag som bygger på din observation har godkänts');
    expect(decided).toContain('9.3.2026');
    const asked = JSON.stringify(
      notificationCard(cardContext('en'), byKind('enrichment_requested')),
    );
    expect(asked).toContain('The RAKE working group asks your service area to enrich observations');
    expect(asked).toContain('20.3.2026');
  });

  it('tell the RAKE channel where a report was published and reporters that theirs is in it', () => {
    const sample = (kind: string, long = false) => {
      const found = sampleNotifications(long).find((n) => n.kind === kind);
      if (found === undefined) throw new Error(`no ${kind} sample`);
      return found;
    };
    const channel = JSON.stringify(notificationCard(cardContext('fi'), sample('report_published')));
    expect(channel).toContain('Julkaistu intranetissä: \\\\*\\\\*lihava');
    expect(channel).toContain('"title":"Avaa sivu"');
    // The local intranet's relative URL, opened from Teams: absolute.
    expect(channel).toContain('"url":"http://localhost:3978/intranet/sosiaalinen-raportti-2026"');
    expect(channel).toContain('"url":"http://localhost:3978/?report=r-1#workspace"');
    expect(channel).not.toContain('**lihava**');
    const updated = notificationCard(cardContext('en'), sample('report_published', true));
    expect(JSON.stringify(updated)).toContain('Updated on the intranet: ');

    const inReport = sample('observation_in_report');
    const card = (locale: 'fi' | 'sv' | 'en', n = inReport) =>
      JSON.stringify(notificationCard(cardContext(locale), n));
    expect(card('fi')).toContain('Havaintosi ovat mukana vuoden 2026 sosiaalisessa raportissa');
    expect(card('fi')).toContain('… ja 2 muuta');
    expect(card('sv')).toContain('Dina observationer ingår i den sociala rapporten för 2026');
    expect(card('en')).toContain('Your observations are included in the 2026 social report');
    expect(card('en')).toContain('sites/kaima/SitePages/sosiaalinen-raportti-2026.aspx');
    expect(card('fi')).not.toContain('**lihava**');
    if (inReport.kind !== 'observation_in_report') throw new Error('sample kind');
    const one = {
      ...inReport,
      data: {
        ...inReport.data,
        kind: 'phenomenon' as const,
        year: undefined,
        title: 'Jonot',
        observationCount: 1,
        observations: inReport.data.observations.slice(0, 1),
      },
    };
    expect(card('fi', one)).toContain('Havaintosi on mukana raportissa ”Jonot”');
    expect(card('en', one)).toContain('Your observation is included in the report “Jonot”');
    expect(card('fi', one)).not.toContain('muuta');
  });

  it('open a report in Teams by its deep link to the working group view', () => {
    const teams = {
      ...cardContext('fi'),
      links: { teamsAppId: 'app-1', entityId: 'rake', baseUrl: 'https://rake.example.fi/' },
    };
    const published = sampleNotifications().find((n) => n.kind === 'report_published');
    if (published === undefined) throw new Error('no report_published sample');
    const urls = (notificationCard(teams, published).actions as { url: string }[]).map(
      (a) => a.url,
    );
    expect(urls).toEqual([
      'https://rake.example.fi/intranet/sosiaalinen-raportti-2026',
      'https://teams.microsoft.com/l/entity/app-1/rake?context=' +
        encodeURIComponent(JSON.stringify({ subEntityId: 'workspace:report:r-1' })),
    ]);
  });

  it('say of "my reports" with more pages that over so many more are in the tab', () => {
    const page = sampleViews(50, 'Havainto');
    expect(JSON.stringify(myReportsCard(cardContext('fi'), page, true))).toContain('yli 30 muuta');
    expect(JSON.stringify(myReportsCard(cardContext('sv'), page, true))).toContain('över 30 till');
    expect(JSON.stringify(myReportsCard(cardContext('en'), page, false))).toContain('and 30 more');
  });

  it('carry user text escaped, never as markdown, mentions or template expressions', () => {
    const card = JSON.stringify(notificationCard(cardContext('fi'), sampleNotifications()[1]!));
    expect(card).not.toContain('**lihava**');
    expect(card).not.toContain('[linkki](');
    expect(card).not.toContain('<at>');
    expect(card).toContain('\\\\*\\\\*lihava\\\\*\\\\*');
    expect(card).toContain('$\\\\{templaatti\\\\}');
  });
});
