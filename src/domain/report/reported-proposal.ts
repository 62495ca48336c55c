import type { Proposal } from '../proposal/proposal';
import { formatDate } from './report-format';
import type { ReportTexts } from './report-text-catalogue';

/** A proposal as a report tells it: what, where it went, what was decided and done. */
export type ReportedProposal = Pick<
  Proposal,
  'id' | 'title' | 'status' | 'decisionBody' | 'decision' | 'result' | 'createdAt'
>;

/** "Title (accepted). Decided by: … Decision on 3.4.2026: …" — the decider's name left out. */
export function proposalParagraph(proposal: ReportedProposal, texts: ReportTexts): string {
  return texts.proposalLine({
    title: proposal.title,
    status: texts.proposalStatuses[proposal.status],
    decisionBody: proposal.decisionBody,
    decision:
      proposal.decision === null
        ? null
        : { on: formatDate(proposal.decision.on), text: proposal.decision.text },
  });
}
