/** Time and ids come through ports so that use cases stay deterministic in tests. */
export type Clock = { now(): Date };
export type IdGenerator = { next(): string };
