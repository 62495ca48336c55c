import type { ObservationView } from '../../src/app';
import type { Notification } from '../../src/domain/notification/notification';
import { COUNTY } from '../../src/app/testing';
import type { CardContext } from '../cards';
import type { Locale } from '../../src/domain/shared/localized-text';

/** Text that would inject markdown, a mention, a link or HTML if it were not escaped. */
export const HOSTILE =
  '**lihava** _kursiivi_ [linkki](https://evil.example) <at>Kaikki</at> <b>x</b> ' +
  '`koodi` ${templaatti} # otsikko\n- lista\n1. numero\n> lainaus &amp; ~~yli~~ | putki';

export function cardContext(locale: Locale): CardContext {
  return {
    locale,
    county: COUNTY,
    links: { teamsAppId: null, entityId: 'rake', baseUrl: 'http://localhost:3978/' },
  };
}

const at = '2026-03-10T08:05:00.000Z';

/** One notification of every kind, with hostile and very long text where users type. */
export function sampleNotifications(long = false): Notification[] {
  const text = long ? `${HOSTILE} ${'pitkä teksti '.repeat(4000)}` : HOSTILE;
  const many = long ? 500 : 3;
  return [
    {
      key: 'new:o-1:u-supervisor',
      recipient: { kind: 'user', userId: 'u-supervisor' },
      createdAt: at,
      kind: 'new_observation',
      data: {
        observationId: 'o-1',
        kind: 'negative',
        excerpt: text,
        topic: 'client_needs',
        serviceArea: 'adult_social_work',
        municipality: 'kajaani',
        reporterName: 'Raili *Raportoija*',
        createdAt: at,
      },
    },
    {
      key: 'status:h-2:u-reporter',
      recipient: { kind: 'user', userId: 'u-reporter' },
      createdAt: at,
      kind: 'status_changed',
      data: {
        observationId: 'o-1',
        excerpt: text,
        from: 'received',
        to: 'returned',
        feedback: text,
        returnReason: 'own_unit',
        actorName: 'Sirpa Esimies',
        at,
      },
    },
    {
      key: 'digest:2026-05-12',
      recipient: { kind: 'rake_channel' },
      createdAt: at,
      kind: 'digest',
      data: {
        meetingDate: '2026-05-12',
        since: '2026-02-10',
        total: many,
        byTopic: [{ id: 'client_needs', count: many }],
        byServiceArea: [{ id: 'adult_social_work', count: many }],
        items: Array.from({ length: many }, (_, i) => ({
          observationId: `o-${i}`,
          excerpt: text,
          topic: 'client_needs',
          serviceArea: 'adult_social_work',
          status: 'received' as const,
        })),
      },
    },
    {
      key: 'reminder:u-supervisor:2026-03-10',
      recipient: { kind: 'user', userId: 'u-supervisor' },
      createdAt: at,
      kind: 'reminder',
      data: {
        waitingDays: 14,
        items: Array.from({ length: many }, (_, i) => ({
          observationId: `o-${i}`,
          excerpt: text,
          createdAt: at,
        })),
      },
    },
    {
      key: 'proposal_changed:ph-1:u-reporter',
      recipient: { kind: 'user', userId: 'u-reporter' },
      createdAt: at,
      kind: 'proposal_changed',
      data: {
        proposalId: 'p-1',
        title: text,
        to: 'accepted',
        outcome: { text, by: text, on: '2026-03-09' },
        decisionBody: text,
        observations: Array.from({ length: Math.min(many, 3) }, (_, i) => ({
          observationId: `o-${i}`,
          excerpt: text,
        })),
        at,
      },
    },
    {
      key: 'enrichment_requested:e-1:u-supervisor',
      recipient: { kind: 'user', userId: 'u-supervisor' },
      createdAt: at,
      kind: 'enrichment_requested',
      data: {
        enrichmentId: 'e-1',
        serviceArea: 'adult_social_work',
        question: text,
        dueDate: '2026-03-20',
        observationCount: many,
        requestedByName: text,
        reminder: long,
      },
    },
    {
      key: 'report_published:r-1:v4',
      recipient: { kind: 'rake_channel' },
      createdAt: at,
      kind: 'report_published',
      data: {
        reportId: 'r-1',
        title: text,
        kind: 'annual',
        // Relative, as the local intranet gives it: the card makes it absolute.
        url: '/intranet/sosiaalinen-raportti-2026',
        version: 4,
        publishedByName: text,
        publishedAt: at,
        republished: long,
      },
    },
    {
      key: 'observation_in_report:r-1:u-reporter',
      recipient: { kind: 'user', userId: 'u-reporter' },
      createdAt: at,
      kind: 'observation_in_report',
      data: {
        reportId: 'r-1',
        title: text,
        ...(long ? { kind: 'phenomenon' as const } : { kind: 'annual' as const, year: 2026 }),
        url: 'https://kainuu.sharepoint.com/sites/kaima/SitePages/sosiaalinen-raportti-2026.aspx',
        observationCount: many + 2,
        observations: Array.from({ length: Math.min(many, 3) }, (_, i) => ({
          observationId: `o-${i}`,
          excerpt: text,
        })),
      },
    },
    {
      key: 'observation_withdrawn:h-9:u-supervisor',
      recipient: { kind: 'user', userId: 'u-supervisor' },
      createdAt: at,
      kind: 'observation_withdrawn',
      data: { observationId: 'o-1', excerpt: text, reporterName: 'Raili *Raportoija*', at },
    },
    {
      key: 'observation_message:m-1:u-reporter',
      recipient: { kind: 'user', userId: 'u-reporter' },
      createdAt: at,
      kind: 'observation_message',
      data: {
        observationId: 'o-1',
        messageId: 'm-1',
        excerpt: text,
        text,
        authorName: 'Sirpa *Esimies*',
        at,
        audience: 'reporter',
      },
    },
  ];
}

/** "My reports" rows as the use case returns them. */
export function sampleViews(count: number, description: string): ObservationView[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `o-${i}`,
    kind: 'negative',
    description,
    solutionProposal: 'x',
    topic: 'client_needs',
    serviceArea: 'adult_social_work',
    municipality: 'kajaani',
    targetGroup: 'young_people',
    supervisorId: null,
    coReporterIds: [],
    reporterId: 'u-reporter',
    reporterName: 'Raili Raportoija',
    createdAt: at,
    period: '2026-Q1',
    status: 'received',
    firstAnsweredAt: null,
    updatedAt: at,
    version: 1,
    triage: {},
    allowedTransitions: [],
    canTriage: false,
    hoursToFirstAnswer: 0,
  })) as unknown as ObservationView[];
}
