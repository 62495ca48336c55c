import { createWorkspaceTestData } from '../../ports/testing/workspace-builder';
import { PROPOSAL_STATUSES, type ProposalStatus } from './proposal';
import { canMoveProposal, moveProposal } from './proposal-transitions';
import { validateProposalDraft, validateProposalMove } from './validate-proposal';

const data = createWorkspaceTestData();
const context = {
  actorName: 'Kaisa Koordinaattori',
  today: '2026-11-30',
  at: '2026-11-30T10:00:00.000Z',
};

describe('proposal lifecycle', () => {
  const legal: [ProposalStatus, ProposalStatus][] = [
    ['draft', 'proposed'],
    ['proposed', 'draft'],
    ['proposed', 'accepted'],
    ['proposed', 'rejected'],
    ['accepted', 'in_progress'],
    ['in_progress', 'done'],
  ];
  it('allows exactly the documented moves', () => {
    const all = PROPOSAL_STATUSES.flatMap((from) =>
      PROPOSAL_STATUSES.filter((to) => canMoveProposal(from, to)).map((to) => [from, to]),
    );
    expect(all).toEqual(legal);
  });

  it('records the decision: the decision body and today unless given', () => {
    const proposal = data.proposal({ status: 'proposed', decisionBody: 'Aluehallitus' });
    const moved = moveProposal(
      proposal,
      { to: 'rejected', note: 'Ei rahoitusta.', by: null, on: null },
      context,
    );
    expect(moved).toEqual({
      ok: true,
      value: expect.objectContaining({
        status: 'rejected',
        decision: { text: 'Ei rahoitusta.', by: 'Aluehallitus', on: '2026-11-30' },
        updatedAt: context.at,
      }),
    });
  });

  it('requires a note for decisions and results, and clears the decision when sent back', () => {
    const proposed = data.proposal({ status: 'proposed' });
    expect(
      moveProposal(proposed, { to: 'accepted', note: null, by: null, on: null }, context),
    ).toEqual({
      ok: false,
      error: { code: 'note_required' },
    });
    const inProgress = data.proposal({ status: 'in_progress' });
    const done = moveProposal(
      inProgress,
      { to: 'done', note: 'Valmis', by: null, on: '2027-01-15' },
      context,
    );
    expect(done.ok && done.value.result).toEqual({
      text: 'Valmis',
      by: context.actorName,
      on: '2027-01-15',
    });
    const back = moveProposal(proposed, { to: 'draft', note: null, by: null, on: null }, context);
    expect(back.ok && back.value.decision).toBeNull();
    expect(
      moveProposal(data.proposal(), { to: 'done', note: 'x', by: null, on: null }, context),
    ).toEqual({
      ok: false,
      error: { code: 'illegal_transition', from: 'draft', to: 'done' },
    });
  });
});

describe('proposal validation', () => {
  it('needs a title and a decision body; ids are kept once; dates must exist', () => {
    expect(validateProposalDraft({ title: 'x' })).toMatchObject({
      ok: false,
      error: [{ field: 'decisionBody', code: 'required' }],
    });
    const valid = validateProposalDraft({
      title: 'x',
      decisionBody: 'Johtoryhmä',
      observationIds: ['a', 'a', 'b'],
      forms: ['policy', 'knowledge', 'policy'],
      owner: '   ',
    });
    expect(valid).toMatchObject({
      ok: true,
      value: { observationIds: ['a', 'b'], forms: ['knowledge', 'policy'], owner: null },
    });
    expect(
      validateProposalDraft({ title: 'x', decisionBody: 'y', dueDate: '2027-02-29' }),
    ).toMatchObject({
      ok: false,
      error: [{ field: 'dueDate', code: 'invalid_date' }],
    });
    expect(validateProposalDraft({ title: 'x', decisionBody: 'y', extra: 1 }).ok).toBe(false);
  });

  it('reads a move; a blank note is no note', () => {
    expect(validateProposalMove({ to: 'accepted', note: ' \u200b ' })).toEqual({
      ok: true,
      value: { to: 'accepted', note: null, by: null, on: null },
    });
    expect(validateProposalMove({ to: 'finished' }).ok).toBe(false);
  });
});
