import { cardContext, HOSTILE } from '../testing/sample-notifications';
import { withdrawnCard, messageCard } from './follow-up-cards';
import { observationCard } from './observation-card';

const at = '2026-03-10T08:05:00.000Z';
const texts = (card: unknown): string => JSON.stringify(card);

describe('follow-up cards', () => {
  it('tells the supervisor in their language that the reporter withdrew, linking the board', () => {
    const card = texts(
      withdrawnCard(cardContext('fi'), {
        observationId: 'o-7',
        excerpt: 'Vuokrat nousevat.',
        reporterName: 'Raili Raportoija',
        at,
      }),
    );
    expect(card).toContain('Ilmoittaja perui havainnon');
    expect(card).toContain('Peruttu');
    expect(card).toContain('?observation=o-7#board');
  });

  it('shows a message escaped, linking reporters to their reports and handlers to the board', () => {
    const data = {
      observationId: 'o-7',
      messageId: 'm-1',
      excerpt: 'Vuokrat nousevat.',
      text: HOSTILE,
      authorName: 'Sirpa Esimies',
      at,
    };
    const toReporter = texts(
      messageCard(cardContext('sv'), { ...data, audience: 'reporter' as const }),
    );
    const toHandler = texts(
      messageCard(cardContext('en'), { ...data, audience: 'handler' as const }),
    );
    expect(toReporter).toContain('Nytt meddelande om en observation');
    expect(toReporter).toContain('#mine');
    expect(toReporter).not.toContain('<at>Kaikki</at>');
    expect(toHandler).toContain('New message on an observation');
    expect(toHandler).toContain('#board');
  });

  it('marks a resubmitted observation on the new-observation card', () => {
    const data = {
      observationId: 'o-7',
      kind: 'negative' as const,
      excerpt: 'Vuokrat nousevat.',
      topic: 'client_needs',
      serviceArea: 'adult_social_work',
      municipality: 'kajaani',
      reporterName: 'Raili Raportoija',
      createdAt: at,
    };
    expect(texts(observationCard(cardContext('fi'), { ...data, resubmitted: true }))).toContain(
      'Täydennetty havainto lähetettiin uudelleen',
    );
    expect(texts(observationCard(cardContext('fi'), data))).toContain('Uusi havainto');
  });
});
