import type { Compilation } from '../../domain/compilation/compilation';
import type { Enrichment } from '../../domain/enrichment/enrichment';
import type { Meeting } from '../../domain/meeting/meeting';
import type { Phenomenon } from '../../domain/phenomenon/phenomenon';
import type {
  Proposal,
  ProposalHistoryEntry,
  ProposalStatus,
} from '../../domain/proposal/proposal';

/** Workspace records for the contract suites: unique ids, times one second apart. */
export function createWorkspaceTestData() {
  let sequence = 0;
  const next = (): number => ++sequence;
  const instant = (n: number): string => new Date(Date.UTC(2026, 9, 1, 8, 0, n)).toISOString();

  return {
    phenomenon(overrides: Partial<Phenomenon> = {}): Phenomenon {
      const n = next();
      return {
        id: `phen-${String(n).padStart(4, '0')}`,
        title: `Ilmiö ${n}: häätöuhka ja vuokravelat`,
        description: 'Vuokravelkojen takia häätöuhan alla olevia perheitä on yhä enemmän.',
        forms: ['knowledge', 'policy'],
        level: 'meso',
        createdBy: 'user-rake',
        createdAt: instant(n),
        updatedAt: instant(n),
        version: 1,
        ...overrides,
      };
    },
    proposal(overrides: Partial<Proposal> = {}): Proposal {
      const n = next();
      return {
        id: `prop-${String(n).padStart(4, '0')}`,
        title: `Ehdotus ${n}`,
        rationale: 'Perustelu: kolme havaintoa samasta ilmiöstä.',
        phenomenonIds: [],
        observationIds: [],
        decisionBody: 'Johtoryhmä',
        owner: null,
        dueDate: null,
        forms: [],
        level: null,
        status: 'draft',
        decision: null,
        result: null,
        createdBy: 'user-rake',
        createdAt: instant(n),
        updatedAt: instant(n),
        version: 1,
        ...overrides,
      };
    },
    meeting(overrides: Partial<Meeting> = {}): Meeting {
      const n = next();
      return {
        id: `meeting-${String(n).padStart(4, '0')}`,
        date: `2026-${String((n % 12) + 1).padStart(2, '0')}-10`,
        title: `Kokous ${n}`,
        scheduledFor: null,
        minutes: null,
        createdAt: instant(n),
        updatedAt: instant(n),
        version: 1,
        ...overrides,
      };
    },
    compilation(overrides: Partial<Compilation> = {}): Compilation {
      const n = next();
      return {
        id: `comp-${String(n).padStart(4, '0')}`,
        period: '2026-Q3',
        from: '2026-07-01',
        to: '2026-09-30',
        previousFrom: '2026-04-01',
        previousTo: '2026-06-30',
        serviceArea: null,
        total: 2,
        byServiceArea: [{ id: 'adult_social_work', count: 2 }],
        byMunicipality: [
          { id: 'kajaani', count: 1 },
          { id: 'sotkamo', count: 1 },
        ],
        byTopic: [{ id: 'client_needs', count: 2 }],
        byKind: [{ id: 'negative', count: 2 }],
        byTargetGroup: [{ id: 'young_people', count: 2 }],
        byStatus: [
          { id: 'forwarded', count: 1 },
          { id: 'received', count: 1 },
        ],
        answered: 1,
        medianDaysToFirstFeedback: 2.5,
        phenomena: [
          {
            id: 'phen-1',
            title: 'Häätöuhat',
            count: 1,
            previousCount: 3,
            observationIds: ['obs-1'],
          },
        ],
        observations: ['obs-1', 'obs-2'].map((id) => ({
          id,
          kind: 'negative' as const,
          status: 'received' as const,
          serviceArea: 'adult_social_work',
          municipality: 'kajaani',
          topic: 'client_needs',
          targetGroup: 'young_people',
          createdAt: instant(n),
          excerpt: 'Vuokrarästit kasvavat.',
          phenomenonIds: id === 'obs-1' ? ['phen-1'] : [],
        })),
        createdBy: 'user-rake',
        createdByName: 'Raili RAKE',
        createdAt: instant(n),
        ...overrides,
      };
    },
    enrichment(overrides: Partial<Enrichment> = {}): Enrichment {
      const n = next();
      return {
        id: `enr-${String(n).padStart(4, '0')}`,
        compilationId: null,
        serviceArea: 'adult_social_work',
        question: 'Miten häätöuhat näkyvät alueellanne?',
        dueDate: '2026-12-15',
        observationIds: ['obs-1', 'obs-2'],
        assigneeIds: [],
        requestedBy: 'user-rake',
        requestedByName: 'Raili RAKE',
        createdAt: instant(n),
        closedAt: null,
        answers: [],
        updatedAt: instant(n),
        version: 1,
        ...overrides,
      };
    },
    entry(
      proposal: Pick<Proposal, 'id'>,
      from: ProposalStatus | null,
      to: ProposalStatus,
      overrides: Partial<ProposalHistoryEntry> = {},
    ): ProposalHistoryEntry {
      const n = next();
      return {
        id: `phist-${String(n).padStart(4, '0')}`,
        proposalId: proposal.id,
        at: instant(n),
        actorId: 'user-rake',
        actorName: 'Raili RAKE',
        from,
        to,
        note: null,
        ...overrides,
      };
    },
  };
}
