import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type RecordedName =
  'installation-personal' | 'installation-team' | 'message-help' | 'invoke-card-action';

type Json = Record<string, unknown>;

/**
 * A recorded Teams activity (ids and names invented) with test-specific parts replaced:
 * objects are merged one level deep, so `{ from: { aadObjectId } }` keeps the rest of `from`.
 */
export function recordedActivity(name: RecordedName, overrides: Json = {}): Json {
  const recorded = JSON.parse(
    readFileSync(join(__dirname, 'activities', `${name}.json`), 'utf8'),
  ) as Json;
  for (const [key, value] of Object.entries(overrides)) {
    const base = recorded[key];
    recorded[key] =
      isObject(base) && isObject(value) && !Array.isArray(value) ? { ...base, ...value } : value;
  }
  return recorded;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
