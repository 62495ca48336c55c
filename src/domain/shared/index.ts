export * from './result';
export * from './localized-text';
export * from './field-problem';
export * from './zod-problems';
export * from './retry-after';
export * from './calendar-date';
