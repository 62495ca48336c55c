/**
 * Answers to reads started before their reader asks (the first load, see
 * shell/first-load.ts): kept per caller and path, handed out once, and only while fresh.
 */
type Early = { readonly at: number; readonly answer: Promise<unknown> };

/** An answer older than this is not handed out: the reader asks again. */
export const EARLY_FOR_MS = 15_000;

const early = new WeakMap<object, Map<string, Early>>();

export function keepEarly(caller: object, path: string, answer: Promise<unknown>): void {
  answer.catch(() => undefined); // a failure is the reader's to see, when it asks
  const paths = early.get(caller) ?? new Map<string, Early>();
  paths.set(path, { at: Date.now(), answer });
  early.set(caller, paths);
}

export function takeEarly(caller: object, path: string): Promise<unknown> | null {
  const paths = early.get(caller);
  const kept = paths?.get(path);
  if (!paths || !kept) return null;
  paths.delete(path);
  return Date.now() - kept.at <= EARLY_FOR_MS ? kept.answer : null;
}
