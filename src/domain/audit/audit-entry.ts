/**
 * The audit log (issue 13): who filed, read another's observation, moved, triaged, exported,
 * published and administered what, and when. An entry names its actor and its target by id
 * and carries a short detail made by the app (a status, a count, a format), never free text
 * from an observation: the log must hold no client data, and it outlives retention.
 */
export const AUDIT_ACTIONS = [
  'observation.filed',
  /** Someone other than its reporter or a co-reporter opened an observation. */
  'observation.read',
  'observation.moved',
  'observation.triaged',
  'export',
  'report.published',
  'report.withdrawn',
  /** The daily retention run; its detail holds counts only. */
  'retention.run',
  /** A staff member downloaded their own data. */
  'own_data.downloaded',
] as const;

export type CoreAuditAction = (typeof AUDIT_ACTIONS)[number];
/** Administration (county settings, supervisors, deliveries…): `admin.` and a snake_case name. */
export type AdminAuditAction = `admin.${string}`;
export type AuditAction = CoreAuditAction | AdminAuditAction;

const ADMIN_ACTION = /^admin\.[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

export function isAuditAction(value: unknown): value is AuditAction {
  if (typeof value !== 'string') return false;
  return (AUDIT_ACTIONS as readonly string[]).includes(value) || ADMIN_ACTION.test(value);
}

/** What an entry is about: `observation`, `report`, `compilation`, `board`, `county`, … */
export type AuditTarget = { readonly type: string; readonly id: string | null };

export type AuditEntry = {
  readonly id: string;
  /** ISO 8601 instant (UTC). */
  readonly at: string;
  readonly actorId: string;
  readonly actorName: string;
  readonly action: AuditAction;
  readonly targetType: string;
  /** Null when the target is a set (an export of the board, a retention run). */
  readonly targetId: string | null;
  /** Made by the app, at most AUDIT_DETAIL_MAX characters; never an observation's text. */
  readonly detail: string;
};

export const AUDIT_DETAIL_MAX = 200;
const TARGET_TYPE = /^[a-z][a-z0-9_]{0,39}$/;

/** The system's own actor: the scheduler's jobs. */
export const SYSTEM_ACTOR = { id: 'system', name: 'RAKE' } as const;

/**
 * The entry as it is stored: the detail cut to its length and stripped of line breaks (it is
 * one line of a CSV); an unknown action or target type is a programming error, thrown.
 */
export function auditEntry(fields: AuditEntry): AuditEntry {
  if (!isAuditAction(fields.action)) throw new Error(`unknown audit action "${fields.action}"`);
  if (!TARGET_TYPE.test(fields.targetType))
    throw new Error(`bad audit target type "${fields.targetType}"`);
  const detail = fields.detail.replace(/\s+/g, ' ').trim().slice(0, AUDIT_DETAIL_MAX);
  return { ...fields, detail };
}
