/** Days from one yyyy-mm-dd day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What the due date's words need of a request (an agenda has only the count of answers). */
export type DueFacts = {
  readonly dueDate: string;
  readonly closedAt: string | null;
  readonly answerCount: number;
};

export type Due =
  | { readonly kind: 'closed' }
  /** Open and past its due date without an answer (src/domain/enrichment: "late"). */
  | { readonly kind: 'late'; readonly days: number }
  /** Open and past its due date, but answered. */
  | { readonly kind: 'past'; readonly days: number }
  | { readonly kind: 'today' }
  | { readonly kind: 'ahead'; readonly days: number };

/** Where a request stands against its due date, on `today` (county time). */
export function dueOf(request: DueFacts, today: string): Due {
  if (request.closedAt !== null) return { kind: 'closed' };
  const days = daysBetween(today, request.dueDate);
  if (days > 0) return { kind: 'ahead', days };
  if (days === 0) return { kind: 'today' };
  return request.answerCount === 0 ? { kind: 'late', days: -days } : { kind: 'past', days: -days };
}

export const dueFactsOf = (e: {
  readonly dueDate: string;
  readonly closedAt: string | null;
  readonly answers: readonly unknown[];
}): DueFacts => ({ dueDate: e.dueDate, closedAt: e.closedAt, answerCount: e.answers.length });

/** A yyyy-mm-dd day `days` later. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
