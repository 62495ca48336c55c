import type { Observation, ObservationDraft } from './observation';
import { isSameDraft } from './same-draft';

const DRAFT: ObservationDraft = {
  kind: 'negative',
  description: 'Vuokrarästit kasvavat nuorilla aikuisilla.',
  solutionProposal: '',
  topic: 'housing',
  serviceArea: 'adult_social_work',
  municipality: 'kajaani',
  targetGroup: 'young_adults',
  supervisorId: null,
  coReporterIds: ['u-a', 'u-b'],
};

describe('isSameDraft', () => {
  it('is true for equal drafts', () => {
    expect(isSameDraft(DRAFT, { ...DRAFT, coReporterIds: [...DRAFT.coReporterIds] })).toBe(true);
  });

  it('ignores what the system added to a filed observation', () => {
    const filed = {
      ...DRAFT,
      id: 'obs-1',
      reporterId: 'u-reporter',
      status: 'in_review',
      version: 3,
    } as unknown as Observation;
    expect(isSameDraft(filed, DRAFT)).toBe(true);
  });

  it('ignores the order of the co-reporters', () => {
    expect(isSameDraft(DRAFT, { ...DRAFT, coReporterIds: ['u-b', 'u-a'] })).toBe(true);
  });

  it.each<[string, Partial<ObservationDraft>]>([
    ['kind', { kind: 'positive' }],
    ['description', { description: `${DRAFT.description} Lisäys.` }],
    ['description whitespace', { description: `${DRAFT.description} ` }],
    ['solutionProposal', { solutionProposal: 'Neuvonta aiemmin.' }],
    ['topic', { topic: 'income' }],
    ['serviceArea', { serviceArea: 'child_welfare' }],
    ['municipality', { municipality: 'sotkamo' }],
    ['targetGroup', { targetGroup: 'families' }],
    ['supervisorId', { supervisorId: 'u-supervisor' }],
    ['a co-reporter less', { coReporterIds: ['u-a'] }],
    ['a co-reporter more', { coReporterIds: ['u-a', 'u-b', 'u-c'] }],
    ['another co-reporter', { coReporterIds: ['u-a', 'u-c'] }],
  ])('is false when %s differs', (_, change) => {
    expect(isSameDraft(DRAFT, { ...DRAFT, ...change })).toBe(false);
    expect(isSameDraft({ ...DRAFT, ...change }, DRAFT)).toBe(false);
  });
});
