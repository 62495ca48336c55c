/**
 * The deployment values the app package's manifest takes from the environment, under the
 * Microsoft 365 Agents Toolkit's names. A run without them (CI, a fresh clone) uses clearly
 * fake but schema-valid defaults; a real deployment sets every one.
 */
export const PLACEHOLDERS = [
  'TEAMS_APP_ID',
  'BOT_ID',
  'AAD_APP_CLIENT_ID',
  'TAB_DOMAIN',
  'TAB_ENDPOINT',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export type PackageValues = Readonly<Record<Placeholder, string>>;

/** Nil-ish version-4 GUIDs and localhost: installable nowhere, valid everywhere. */
export const FAKE_DEFAULTS: PackageValues = {
  TEAMS_APP_ID: '00000000-0000-4000-8000-000000000000',
  BOT_ID: '00000000-0000-4000-8000-000000000001',
  AAD_APP_CLIENT_ID: '00000000-0000-4000-8000-000000000002',
  TAB_DOMAIN: 'localhost',
  TAB_ENDPOINT: 'https://localhost',
};

export type PackageSettings = {
  readonly values: PackageValues;
  /** Placeholders that fell back to the fake defaults. */
  readonly defaulted: readonly Placeholder[];
};

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

/** Reads the values from `env`; every problem is reported at once. */
export function packageSettings(env: NodeJS.ProcessEnv): PackageSettings {
  const defaulted: Placeholder[] = [];
  const read = (name: Placeholder): string => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') {
      defaulted.push(name);
      return FAKE_DEFAULTS[name];
    }
    return raw;
  };
  const values: PackageValues = {
    TEAMS_APP_ID: read('TEAMS_APP_ID'),
    BOT_ID: read('BOT_ID'),
    AAD_APP_CLIENT_ID: read('AAD_APP_CLIENT_ID'),
    TAB_DOMAIN: read('TAB_DOMAIN'),
    TAB_ENDPOINT: read('TAB_ENDPOINT').replace(/\/+$/, ''),
  };

  const problems: string[] = [];
  for (const name of ['TEAMS_APP_ID', 'BOT_ID', 'AAD_APP_CLIENT_ID'] as const) {
    if (!GUID.test(values[name])) problems.push(`${name} must be a GUID, got "${values[name]}"`);
  }
  let endpoint: URL | null = null;
  try {
    endpoint = new URL(values.TAB_ENDPOINT);
  } catch {
    problems.push(`TAB_ENDPOINT must be a URL, got "${values.TAB_ENDPOINT}"`);
  }
  if (endpoint !== null) {
    if (endpoint.protocol !== 'https:') problems.push('TAB_ENDPOINT must be an https URL');
    if (endpoint.host !== values.TAB_DOMAIN.toLowerCase()) {
      problems.push(
        `TAB_DOMAIN ("${values.TAB_DOMAIN}") must be the host of TAB_ENDPOINT ("${endpoint.host}")`,
      );
    }
    if (endpoint.search !== '' || endpoint.hash !== '') {
      problems.push('TAB_ENDPOINT must not have a query or a fragment');
    }
  }
  if (problems.length > 0) throw new Error(`App package settings:\n- ${problems.join('\n- ')}`);
  return { values, defaulted };
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * Replaces every `${{NAME}}` in the string values of a parsed JSON document (never in its
 * text, so a value can not break the JSON); an unknown name is an error, never left behind.
 */
export function substitute<T>(document: T, values: PackageValues): T {
  const unknown = new Set<string>();
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (_match, name: string) => {
        if ((PLACEHOLDERS as readonly string[]).includes(name)) return values[name as Placeholder];
        unknown.add(name);
        return '';
      });
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
    }
    return node;
  };
  const out = walk(document) as T;
  if (unknown.size > 0) throw new Error(`Unknown placeholders: ${[...unknown].join(', ')}`);
  return out;
}
