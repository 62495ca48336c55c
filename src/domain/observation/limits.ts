// The form's limits, apart from validate-draft.ts (which builds zod schemas when loaded) so
// that the tab can show them without bundling zod.

export const MAX_TEXT_LENGTH = 20000;
/** A description shorter than this cannot describe a recurring phenomenon. */
export const MIN_DESCRIPTION_LENGTH = 10;
/** A report made with one's unit; more than this is a mailing list, not co-reporters. */
export const MAX_CO_REPORTERS = 20;
