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
