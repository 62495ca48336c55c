import type { AuditEntry } from '../../domain/audit/audit-entry';
import { auditRangeOf, localDay } from '../../domain/audit/audit-range';
import { localDateOf } from '../../domain/county/local-date';
import { neutraliseCell } from '../../domain/export/neutralise-cell';
import type { Actor } from '../../domain/policy/actor';
import { isCalendarDate } from '../../domain/shared/calendar-date';
import type { FieldProblem } from '../../domain/shared/field-problem';
import type { Locale } from '../../domain/shared/localized-text';
import { ok, type Result } from '../../domain/shared/result';
import { AUDIT_PAGE_MAX, type AuditPage } from '../../ports';
import type { AppDeps } from '../app-deps';
import { forbidden, validationError, type AppError } from '../app-error';
import type { ExportTable } from '../export/export-board';
import type { ExportColumn, ExportRow } from '../export/export-columns';
import { MAX_CURSOR, unlessForeignCursor } from '../page-cursor';

export const AUDIT_LIMIT = { min: 1, max: AUDIT_PAGE_MAX, default: 100 } as const;
/** Without `from`: this many days back from `to`. */
export const AUDIT_DEFAULT_DAYS = 30;

/** The query as the caller sent it (not yet trusted): local days, both inclusive. */
export type AuditFilters = {
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  readonly cursor?: string;
};

type Deps = Pick<AppDeps, 'audit' | 'clock' | 'county'>;

/** Reading the audit log is the admins' alone: it tells who read and did what. */
export const mayReadAuditLog = (actor: Actor): boolean => actor.roles.includes('admin');

type Checked = {
  readonly query: { from: string; to: string; limit: number; cursor?: string };
  /** The local days asked for (defaults filled in), for the file's name. */
  readonly days: { readonly from: string; readonly to: string };
};

function check(deps: Deps, filters: AuditFilters): Result<Checked, FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const zone = deps.county.timeZone;
  const today = localDay(deps.clock.now(), zone);
  const to = filters.to ?? today;
  const from = filters.from ?? daysBefore(to, AUDIT_DEFAULT_DAYS);
  if (!isCalendarDate(from)) problems.push({ field: 'from', code: 'invalid_type' });
  if (!isCalendarDate(to)) problems.push({ field: 'to', code: 'invalid_type' });
  else if (isCalendarDate(from) && from > to) problems.push({ field: 'to', code: 'out_of_range' });
  const limit = filters.limit ?? AUDIT_LIMIT.default;
  if (!Number.isInteger(limit) || limit < AUDIT_LIMIT.min || limit > AUDIT_LIMIT.max) {
    const bound = limit < AUDIT_LIMIT.min ? AUDIT_LIMIT.min : AUDIT_LIMIT.max;
    problems.push({ field: 'limit', code: 'out_of_range', limit: bound });
  }
  if (filters.cursor !== undefined && filters.cursor.length > MAX_CURSOR) {
    problems.push({ field: 'cursor', code: 'too_long', limit: MAX_CURSOR });
  }
  if (problems.length > 0) return { ok: false, error: problems };
  const range = auditRangeOf(from, to, zone);
  const cursor = filters.cursor === '' ? undefined : filters.cursor;
  return ok({
    query: { ...range, limit, ...(cursor === undefined ? {} : { cursor }) },
    days: { from, to },
  });
}

function daysBefore(day: string, days: number): string {
  if (!isCalendarDate(day)) return day;
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/**
 * `GET /api/admin/audit?from&to&limit&cursor`: a page of the audit log, newest first; `from`
 * and `to` are days of the county's calendar, both whole (default: the last 30 days).
 */
export async function listAuditLog(
  deps: Deps,
  actor: Actor,
  filters: AuditFilters,
): Promise<Result<AuditPage, AppError>> {
  if (!mayReadAuditLog(actor)) return forbidden();
  const checked = check(deps, filters);
  if (!checked.ok) return validationError(checked.error);
  const page = await unlessForeignCursor(() => deps.audit.list(checked.value.query));
  if (page === null) return validationError([{ field: 'cursor', code: 'invalid_type' }]);
  return ok(page);
}

const HEADINGS: Readonly<Record<Locale, readonly string[]>> = {
  fi: [
    'Päivä',
    'Kellonaika',
    'Tekijä',
    'Tekijän tunnus',
    'Toiminto',
    'Kohde',
    'Kohteen tunnus',
    'Lisätieto',
  ],
  sv: [
    'Dag',
    'Klockslag',
    'Utförare',
    'Utförarens id',
    'Åtgärd',
    'Objekt',
    'Objektets id',
    'Tilläggsuppgift',
  ],
  en: ['Date', 'Time', 'Actor', 'Actor id', 'Action', 'Target', 'Target id', 'Detail'],
};
const KINDS: readonly ExportColumn['kind'][] = [
  'date',
  'label',
  'text',
  'id',
  'label',
  'label',
  'id',
  'text',
];
const SHEET: Readonly<Record<Locale, string>> = {
  fi: 'Lokitapahtumat',
  sv: 'Logghändelser',
  en: 'Audit log',
};

/**
 * The whole range as a table for the CSV download, read a page of the store at a time. The
 * date is a calendar date (the file writes it d.M.yyyy) and the time HH.mm.ss, both in the
 * county's time zone; every text is neutralised (nothing an actor's name holds runs as a
 * formula).
 */
export async function auditLogTable(
  deps: Deps,
  actor: Actor,
  filters: Omit<AuditFilters, 'cursor' | 'limit'>,
  locale: Locale,
): Promise<Result<ExportTable & { readonly from: string; readonly to: string }, AppError>> {
  if (!mayReadAuditLog(actor)) return forbidden();
  const checked = check(deps, { ...filters, limit: AUDIT_PAGE_MAX });
  if (!checked.ok) return validationError(checked.error);
  const { query, days } = checked.value;
  // The first page before answering: a store that is down is an error, not a broken file.
  const first = await deps.audit.list(query);
  const zone = deps.county.timeZone;
  const time = new Intl.DateTimeFormat('fi-FI', {
    timeZone: zone,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const cell = (text: string | null) => (text === null ? null : neutraliseCell(text));
  const row = (entry: AuditEntry): ExportRow => [
    localDateOf(new Date(entry.at), zone),
    time.format(new Date(entry.at)),
    cell(entry.actorName),
    cell(entry.actorId),
    cell(entry.action),
    cell(entry.targetType),
    cell(entry.targetId),
    cell(entry.detail),
  ];
  async function* pages(): AsyncGenerator<readonly ExportRow[]> {
    let page = first;
    for (;;) {
      yield page.items.map(row);
      if (page.next === undefined) return;
      page = await deps.audit.list({ ...query, cursor: page.next });
    }
  }
  return ok({
    columns: HEADINGS[locale].map((heading, i) => ({
      heading: neutraliseCell(heading),
      kind: KINDS[i] ?? 'text',
    })),
    sheetName: SHEET[locale],
    pages: pages(),
    ...days,
  });
}
