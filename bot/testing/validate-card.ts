import type * as AdaptiveCards from 'adaptivecards';

/*
 * The package's `lib/` is ES modules without file extensions, which Node cannot load; its
 * `dist/` UMD bundle is the same library and runs in Node without a DOM for parsing and
 * validation. Types come from `lib/`.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/**
 * No package ships the Adaptive Cards 1.5 JSON schema, so cards are checked with the
 * reference library itself: parsed for schema 1.5 (unknown elements, actions and
 * properties, or ones newer than 1.5, are reported as parse events) and then validated
 * (missing required properties, duplicate ids, bad input ids). Returns every problem.
 */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  if (typeof card !== 'object' || card === null) return ['not an object'];
  const json = card as Record<string, unknown>;
  if (json.type !== 'AdaptiveCard') problems.push(`type is ${String(json.type)}`);
  if (json.version !== '1.5') problems.push(`version is ${String(json.version)}, not 1.5`);

  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    problems.push(`parse: ${context.getEventAt(i).message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) {
    problems.push(`validate: ${event.message}`);
  }
  findTemplateLeftovers(json, '$', problems);
  return problems;
}

/** An unexpanded `${…}` or a `$data`/`$when` key means the template did not bind. */
function findTemplateLeftovers(value: unknown, path: string, problems: string[]): void {
  if (typeof value === 'string') {
    if (/\$\{[^}]*\}/.test(value)) {
      problems.push(`unexpanded template at ${path}: ${value}`);
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => findTemplateLeftovers(item, `${path}[${i}]`, problems));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$data' || key === '$when') problems.push(`template key ${key} at ${path}`);
      findTemplateLeftovers(item, `${path}.${key}`, problems);
    }
  }
}
