/**
 * Where an observation (havainto) is on its way. `returned` means sent back to the
 * reporter with a reason (e.g. belongs to SPro/HaiPro, or the own unit can fix it).
 */
export const STATUSES = [
  'received',
  'in_review',
  'forwarded',
  'action_proposed',
  'closed',
  'returned',
] as const;
export type Status = (typeof STATUSES)[number];

/** Why an observation was returned to its reporter. */
export const RETURN_REASONS = ['spro_haipro', 'own_unit', 'not_structural', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];
