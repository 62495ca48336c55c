import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import {
  DEFAULT_SYNCHRONOUS,
  isSqliteSynchronous,
  SQLITE_SYNCHRONOUS,
  type SqliteSynchronous,
} from './adapters/sqlite/synchronous';
import { TEXT_ANALYZER_MODES, type TextAnalyzerMode } from './adapters/voikko/choose-text-analyzer';
import { COUNTY_IDS, type CountyConfig, type CountyId } from './domain/county/county-config';
import { resolveCountyConfig } from './domain/county/county-presets';
import { err, ok, type Result } from './domain/shared/result';
import { checkSupervisorAreas, readEntraConfig, type EntraConfig } from './entra-config';
import { readHttpConfig, type HttpConfig } from './http-config';
import { readIntranetConfig, type IntranetConfig } from './intranet-config';
import { readSharePointConfig, type SharePointConfig } from './sharepoint-config';

export type { EntraConfig } from './entra-config';
export type { HttpConfig } from './http-config';
export type { SharePointConfig } from './sharepoint-config';
export type { IntranetConfig } from './intranet-config';

/** dev: X-Dev-* headers (development only); entra: Teams SSO bearer tokens; none: nobody. */
export type AuthMode = 'dev' | 'entra' | 'none';

/** Everything the process needs to start, read once from the environment. */
export type RakeConfig = {
  readonly port: number;
  /** 127.0.0.1 with dev identities (anyone who can connect may claim to be anyone). */
  readonly host: string;
  /** RAKE_DB: the SQLite file; used only when `sharePoint` is null. */
  readonly dbFile: string;
  /** RAKE_SQLITE_SYNCHRONOUS: whether each SQLite commit is fsynced (see synchronous.ts). */
  readonly sqliteSynchronous: SqliteSynchronous;
  /**
   * SharePoint lists through Microsoft Graph, when RAKE_SHAREPOINT_SITE_ID is set (then it is
   * the store and `dbFile` is unused); null: the embedded SQLite store.
   */
  readonly sharePoint: SharePointConfig | null;
  readonly county: CountyConfig;
  readonly demo: boolean;
  readonly auth: AuthMode;
  /** Token validation and role mapping; set exactly when auth is entra. */
  readonly entra: EntraConfig | null;
  readonly nodeEnv: string | null;
  /** The built tab (dist/tab), served at `/`. */
  readonly tabDir: string;
  /** When the digest and reminders go (RAKE_DIGEST_DAYS_BEFORE, RAKE_REMINDER_DAYS). */
  readonly digest: {
    readonly daysBefore: number;
    readonly reminderDays: number;
    /** RAKE_ESCALATION_DAYS: no first feedback this long reminds the coordinators too. */
    readonly escalationDays: number;
  };
  /** Rate limits and trusted proxies (RAKE_RATE_*_PER_MINUTE, RAKE_TRUST_PROXY). */
  readonly http: HttpConfig;
  /** RAKE_TEXT_ANALYZER: how suggestions read Finnish (Voikko, n-grams, or Voikko if it loads). */
  readonly textAnalyzer: TextAnalyzerMode;
  /** Where editors publish reports: local pages at /intranet/, or the SharePoint intranet. */
  readonly intranet: IntranetConfig;
};

export const DEFAULTS = {
  port: 3978,
  dbFile: './data/rake.sqlite',
  county: 'kainuu',
  digestDaysBefore: 3,
  reminderDays: 7,
  escalationDays: 14,
} as const;
export const LOOPBACK = '127.0.0.1';
/** Where dev identities are allowed: a developer's machine and the test runner. */
const DEV_ENVIRONMENTS = ['development', 'test'];

type Env = Readonly<Record<string, string | undefined>>;
type ReadFile = (path: string) => string;

/**
 * Reads the configuration. Every problem is reported at once, each naming the variable
 * and what it may be, so a wrong deployment fails at start with one clear message.
 */
export function loadConfig(
  env: Env,
  readFile: ReadFile = (path) => readFileSync(path, 'utf8'),
): Result<RakeConfig, string[]> {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };

  const portText = value('PORT') ?? String(DEFAULTS.port);
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    problems.push(
      `PORT must be a whole number from 0 to 65535 (0 = any free port), not "${portText}".`,
    );
  }

  const countyId = value('RAKE_COUNTY') ?? DEFAULTS.county;
  if (!(COUNTY_IDS as readonly string[]).includes(countyId)) {
    problems.push(`RAKE_COUNTY must be one of ${COUNTY_IDS.join(', ')}, not "${countyId}".`);
  }

  // The public form (issue 13): a bootstrap the admin's setting can change while the app runs.
  const publicFormText = value('RAKE_PUBLIC_FORM');
  if (publicFormText !== undefined && publicFormText !== '1' && publicFormText !== '0') {
    problems.push(
      `RAKE_PUBLIC_FORM must be 1 (serve the public form at /public), 0 or unset, not "${publicFormText}".`,
    );
  }

  const demoText = value('RAKE_DEMO');
  if (demoText !== undefined && demoText !== '1' && demoText !== '0') {
    problems.push(
      `RAKE_DEMO must be 1 (seed demo data into an empty store), 0 or unset, not "${demoText}".`,
    );
  }

  const authText = value('RAKE_AUTH');
  const auth: AuthMode = authText === 'dev' || authText === 'entra' ? authText : 'none';
  if (authText !== undefined && auth === 'none') {
    problems.push(
      `RAKE_AUTH must be dev (development identities), entra (Teams sign-in) or unset, not "${authText}".`,
    );
  }
  const entra = auth === 'entra' ? readEntraConfig(value, problems) : null;
  const nodeEnv = value('NODE_ENV') ?? null;
  if (auth === 'dev' && !DEV_ENVIRONMENTS.includes(nodeEnv ?? '')) {
    problems.push(
      'RAKE_AUTH=dev lets any caller claim any identity, so it runs only with ' +
        `NODE_ENV=development (NODE_ENV is ${nodeEnv === null ? 'unset' : `"${nodeEnv}"`}).`,
    );
  }

  const days = (name: string, fallback: number, min: number): number => {
    const text = value(name);
    if (text === undefined) return fallback;
    const n = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    if (!(n >= min && n <= 365)) {
      problems.push(`${name} must be a whole number of days from ${min} to 365, not "${text}".`);
    }
    return n;
  };
  const digest = {
    // 0: on the meeting day itself; a reminder after 0 days would nag about every report.
    daysBefore: days('RAKE_DIGEST_DAYS_BEFORE', DEFAULTS.digestDaysBefore, 0),
    reminderDays: days('RAKE_REMINDER_DAYS', DEFAULTS.reminderDays, 1),
    escalationDays: days('RAKE_ESCALATION_DAYS', DEFAULTS.escalationDays, 1),
  };

  const synchronousText = value('RAKE_SQLITE_SYNCHRONOUS')?.toLowerCase() ?? DEFAULT_SYNCHRONOUS;
  if (!isSqliteSynchronous(synchronousText)) {
    problems.push(
      `RAKE_SQLITE_SYNCHRONOUS must be ${SQLITE_SYNCHRONOUS.join(' or ')} (full: every commit ` +
        `fsynced, survives a power cut), not "${synchronousText}".`,
    );
  }

  const textAnalyzer = value('RAKE_TEXT_ANALYZER')?.toLowerCase() ?? 'auto';
  if (!(TEXT_ANALYZER_MODES as readonly string[]).includes(textAnalyzer)) {
    problems.push(
      `RAKE_TEXT_ANALYZER must be ${TEXT_ANALYZER_MODES.join(', ')} (auto: Voikko when ` +
        `libvoikko and its Finnish dictionary load, else n-grams), not "${textAnalyzer}".`,
    );
  }

  const http = readHttpConfig(value, problems);
  const sharePoint = readSharePointConfig(env, readFile, problems);
  const dbFile = value('RAKE_DB') ?? DEFAULTS.dbFile;
  const intranet = readIntranetConfig(env, readFile, problems, dbFile);

  const overrides = readOverrides(value('RAKE_COUNTY_OVERRIDES'), readFile, problems);
  // Sign-in and SharePoint both check AAD_APP_CLIENT_ID/AAD_APP_TENANT_ID: say it once.
  if (problems.length > 0) return err([...new Set(problems)]);

  let county: CountyConfig;
  try {
    county = resolveCountyConfig(countyId as CountyId, overrides);
    if (publicFormText !== undefined) county = { ...county, publicForm: publicFormText === '1' };
  } catch (error) {
    return err([`RAKE_COUNTY_OVERRIDES could not be applied: ${(error as Error).message}`]);
  }
  const areaProblems = entra === null ? [] : checkSupervisorAreas(entra, county);
  if (areaProblems.length > 0) return err(areaProblems);
  return ok({
    port,
    host: auth === 'dev' ? LOOPBACK : '0.0.0.0',
    dbFile,
    sqliteSynchronous: synchronousText as SqliteSynchronous,
    sharePoint,
    county,
    demo: demoText === '1',
    auth,
    entra,
    nodeEnv,
    tabDir: join(packageRoot(__dirname), 'dist', 'tab'),
    digest,
    http,
    textAnalyzer: textAnalyzer as TextAnalyzerMode,
    intranet,
  });
}

const localized = z.strictObject({
  fi: z.string().min(1),
  sv: z.string().min(1),
  en: z.string().min(1),
});
const choices = z.array(z.strictObject({ id: z.string().min(1), label: localized })).min(1);

/** Any preset field may be replaced; `id` is RAKE_COUNTY's job. */
const overridesSchema = z
  .strictObject({
    name: localized,
    serviceAreas: choices,
    municipalities: choices,
    topics: choices,
    targetGroups: choices,
    periodScheme: z.enum(['quarters', 'half-years-dec']),
    meetings: z.strictObject({
      months: z.array(z.number().int().min(1).max(12)),
      description: localized,
      // Absent: the second Tuesday of each meeting month (DEFAULT_MEETING_DAY).
      day: z
        .strictObject({
          weekday: z.number().int().min(1).max(7),
          nth: z.number().int().min(1).max(4),
        })
        .optional(),
    }),
    supervisorNamedByReporter: z.boolean(),
    timeZone: z.string().refine(isTimeZone, 'not an IANA time zone such as Europe/Helsinki'),
  })
  .partial();

type CountyOverrides = z.infer<typeof overridesSchema>;

function readOverrides(
  path: string | undefined,
  readFile: ReadFile,
  problems: string[],
): CountyOverrides | undefined {
  if (path === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFile(path));
  } catch (error) {
    problems.push(
      `RAKE_COUNTY_OVERRIDES: cannot read JSON from ${path}: ${(error as Error).message}`,
    );
    return undefined;
  }
  const parsed = overridesSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(file)';
    problems.push(`RAKE_COUNTY_OVERRIDES (${path}): ${where}: ${issue.message}`);
  }
  return undefined;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('fi', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The folder with package.json, whether we run from src/ (tsx, jest) or dist/src/. */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
