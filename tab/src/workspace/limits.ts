/*
 * The server's length limits (src/domain/phenomenon/validate-phenomenon.ts and
 * src/domain/proposal/validate-proposal.ts), written here because those modules bring the
 * server's validation library with them. The server checks again and answers 422 on the field.
 */
export const TITLE_MAX = 200;
export const TEXT_MAX = 10000;
export const DECISION_BODY_MAX = 200;
