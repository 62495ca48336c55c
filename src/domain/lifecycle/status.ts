/**
 * Where an observation (havainto) is on its way. `returned` means sent back to the
 * reporter with a reason (e.g. belongs to SPro/HaiPro, or the own unit can fix it).
 * `withdrawn` is final: the reporter took it back before handling began (reporter-moves.ts);
 * no board move leads there or away.
 */
export const STATUSES = [
  'received',
  'in_review',
  'forwarded',
  'action_proposed',
  'closed',
  'returned',
  'withdrawn',
] as const;
export type Status = (typeof STATUSES)[number];

/** Why an observation was returned to its reporter. */
export const RETURN_REASONS = ['spro_haipro', 'own_unit', 'not_structural', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/**
 * A withdrawn observation stays in its history and on the board, but counts nowhere: not in
 * compilations, reports, indicators, digests, reminders or suggestions.
 */
export const isCounted = (observation: { readonly status: Status }): boolean =>
  observation.status !== 'withdrawn';
