import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { COLOR_SIZE, OUTLINE_SIZE, readPng } from './icons';

/** The parts of a Teams app manifest the package rules look at (the schema checks the rest). */
export type Manifest = {
  readonly $schema?: string;
  readonly manifestVersion: string;
  readonly id: string;
  readonly icons: { readonly color: string; readonly outline: string };
  readonly localizationInfo?: {
    readonly defaultLanguageTag: string;
    readonly defaultLanguageFile?: string;
    readonly additionalLanguages?: readonly {
      readonly languageTag: string;
      readonly file: string;
    }[];
  };
  readonly developer: Readonly<Record<'websiteUrl' | 'privacyUrl' | 'termsOfUseUrl', string>>;
  readonly staticTabs?: readonly {
    readonly entityId: string;
    readonly name?: string;
    readonly contentUrl?: string;
    readonly websiteUrl?: string;
  }[];
  readonly configurableTabs?: readonly { readonly configurationUrl: string }[];
  readonly bots?: readonly {
    readonly botId: string;
    readonly commandLists?: readonly {
      readonly scopes: readonly string[];
      readonly commands: readonly { readonly title: string; readonly description?: string }[];
    }[];
  }[];
  readonly validDomains?: readonly string[];
  readonly webApplicationInfo?: { readonly id: string; readonly resource?: string };
};

/** The oldest manifest version this package accepts: Microsoft's "current" line. */
export const MIN_MANIFEST_VERSION = '1.19';

/** Microsoft's Teams JSON schemas as shipped in `@microsoft/app-manifest`, offline. */
export const TEAMS_SCHEMA_DIR = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

export function schemaPath(version: string, kind: 'manifest' | 'localization'): string {
  const file =
    kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json';
  return join(TEAMS_SCHEMA_DIR, `v${version}`, file);
}

export function schemaUrl(version: string, kind: 'manifest' | 'localization'): string {
  const file =
    kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json';
  return `https://developer.microsoft.com/json-schemas/teams/v${version}/${file}`;
}

const validators = new Map<string, ValidateFunction>();

/** Compiles (once) the draft-04 schema of `version`; null when the package lacks it. */
function validatorFor(version: string, kind: 'manifest' | 'localization'): ValidateFunction | null {
  const path = schemaPath(version, kind);
  const cached = validators.get(path);
  if (cached !== undefined) return cached;
  if (!/^\d+\.\d+$/.test(version) || !existsSync(path)) return null;
  // Microsoft's schemas hold patterns that are valid only without the u flag.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(path, 'utf8')) as object);
  validators.set(path, validate);
  return validate;
}

function schemaProblems(
  what: string,
  document: unknown,
  version: string,
  kind: 'manifest' | 'localization',
): string[] {
  const validate = validatorFor(version, kind);
  if (validate === null) return [`${what}: no ${kind} schema for version "${version}"`];
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (e) => `${what}: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
  );
}

const compareVersions = (a: string, b: string): number => {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
};

/** Does `host` match a validDomains entry (which may start with `*.`)? */
export function domainAllows(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  return p.startsWith('*.') ? h.endsWith(p.slice(1)) && h.length > p.length - 1 : p === h;
}

/** The value at a localization key such as `bots[0].commandLists[1].commands[0].title`. */
function valueAt(document: unknown, key: string): unknown {
  let node: unknown = document;
  for (const part of key.split('.')) {
    const m = /^([A-Za-z0-9]+)((?:\[\d+\])*)$/.exec(part);
    if (m === null || node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[m[1] ?? ''];
    for (const index of (m[2] ?? '').match(/\d+/g) ?? []) {
      if (!Array.isArray(node)) return undefined;
      node = node[Number(index)];
    }
  }
  return node;
}

function parseJson(name: string, bytes: Buffer | undefined, problems: string[]): unknown {
  if (bytes === undefined) {
    problems.push(`${name} is missing`);
    return undefined;
  }
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (error) {
    problems.push(`${name} is not JSON: ${(error as Error).message}`);
    return undefined;
  }
}

function iconProblems(name: string, bytes: Buffer | undefined, size: number, outline: boolean) {
  if (bytes === undefined) return [`icon ${name} is missing`];
  let bitmap;
  try {
    bitmap = readPng(bytes);
  } catch (error) {
    return [`icon ${name} is not a PNG: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (bitmap.width !== size || bitmap.height !== size) {
    problems.push(`icon ${name} is ${bitmap.width}×${bitmap.height}, must be ${size}×${size}`);
  }
  if (outline) {
    let coloured = 0;
    let opaque = 0;
    for (let at = 0; at < bitmap.data.length; at += 4) {
      const alpha = bitmap.data[at + 3] ?? 0;
      if (alpha > 0) opaque++;
      const white =
        bitmap.data[at] === 255 && bitmap.data[at + 1] === 255 && bitmap.data[at + 2] === 255;
      if (alpha > 0 && !white) coloured++;
    }
    if (coloured > 0)
      problems.push(`outline icon ${name} has ${coloured} pixels that are not white`);
    if (opaque === bitmap.data.length / 4)
      problems.push(`outline icon ${name} has no transparency`);
    if (opaque === 0) problems.push(`outline icon ${name} is empty`);
  }
  return problems;
}

/**
 * Checks a package's files (name → bytes, all at the zip's root) against Microsoft's JSON
 * schema of the manifest's declared version and the package rules: the version is current,
 * every referenced file is there and nothing else is, the icons have Teams' sizes and the
 * outline is white on transparent, localization files validate and name real strings, tab
 * and SSO URLs are https on the valid domains. Returns every problem found; [] is valid.
 */
export function packageProblems(files: ReadonlyMap<string, Buffer>): string[] {
  const problems: string[] = [];
  const raw = parseJson('manifest.json', files.get('manifest.json'), problems);
  if (raw === undefined) return problems;
  const version = (raw as { manifestVersion?: unknown }).manifestVersion;
  if (typeof version !== 'string') return [...problems, 'manifest.json has no manifestVersion'];
  if (/^\d+\.\d+$/.test(version) && compareVersions(version, MIN_MANIFEST_VERSION) < 0) {
    problems.push(`manifestVersion ${version} is older than ${MIN_MANIFEST_VERSION}`);
  }
  problems.push(...schemaProblems('manifest.json', raw, version, 'manifest'));
  if (problems.length > 0) return problems;
  const manifest = raw as Manifest;

  if (manifest.$schema !== undefined && manifest.$schema !== schemaUrl(version, 'manifest')) {
    problems.push(`manifest $schema ${manifest.$schema} is not the schema of version ${version}`);
  }

  const expected = new Set(['manifest.json', manifest.icons.color, manifest.icons.outline]);
  problems.push(
    ...iconProblems(manifest.icons.color, files.get(manifest.icons.color), COLOR_SIZE, false),
  );
  problems.push(
    ...iconProblems(manifest.icons.outline, files.get(manifest.icons.outline), OUTLINE_SIZE, true),
  );

  const info = manifest.localizationInfo;
  const languageFiles = [
    ...(info?.defaultLanguageFile === undefined ? [] : [info.defaultLanguageFile]),
    ...(info?.additionalLanguages ?? []).map((l) => l.file),
  ];
  for (const file of languageFiles) {
    expected.add(file);
    const strings = parseJson(file, files.get(file), problems);
    if (strings === undefined) continue;
    problems.push(...schemaProblems(file, strings, version, 'localization'));
    const { $schema, ...keys } = strings as Record<string, unknown>;
    if ($schema !== undefined && $schema !== schemaUrl(version, 'localization')) {
      problems.push(`${file}: $schema is not the localization schema of version ${version}`);
    }
    for (const key of Object.keys(keys)) {
      if (typeof valueAt(manifest, key) !== 'string') {
        problems.push(`${file}: "${key}" names no string in the manifest`);
      }
    }
  }

  for (const name of files.keys()) {
    if (name.includes('/') || name.includes('\\')) problems.push(`${name} is not at the root`);
    else if (!expected.has(name)) problems.push(`${name} is not referenced by the manifest`);
  }

  const domains = manifest.validDomains ?? [];
  const urls = [
    ...(manifest.staticTabs ?? []).flatMap((t) => [t.contentUrl, t.websiteUrl]),
    ...(manifest.configurableTabs ?? []).map((t) => t.configurationUrl),
  ].filter((u): u is string => u !== undefined);
  for (const url of urls) {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') problems.push(`tab URL ${url} is not https`);
    if (!domains.some((d) => domainAllows(d, parsed.host))) {
      problems.push(`tab URL ${url} is not on a valid domain`);
    }
  }
  const { websiteUrl, privacyUrl, termsOfUseUrl } = manifest.developer;
  for (const url of [websiteUrl, privacyUrl, termsOfUseUrl]) {
    if (!url.startsWith('https://')) problems.push(`developer URL ${url} is not https`);
  }

  const sso = manifest.webApplicationInfo;
  if (sso?.resource !== undefined) {
    const m = /^api:\/\/([^/]+)\/(.+)$/.exec(sso.resource);
    if (m === null || m[2] !== sso.id) {
      problems.push(`webApplicationInfo.resource must be api://<tab domain>/${sso.id}`);
    } else if (!domains.some((d) => domainAllows(d, m[1] ?? ''))) {
      problems.push(`webApplicationInfo.resource host ${m[1]} is not a valid domain`);
    }
  }

  const entityIds = (manifest.staticTabs ?? []).map((t) => t.entityId);
  if (new Set(entityIds).size !== entityIds.length) problems.push('staticTabs entityIds repeat');
  return problems;
}
