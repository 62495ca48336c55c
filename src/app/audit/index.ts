export { recordAudit, setAuditFailureHandler } from './record-audit';
export type { AuditActor, AuditFailureHandler, AuditRecord } from './record-audit';
export {
  AUDIT_DEFAULT_DAYS,
  AUDIT_LIMIT,
  auditLogTable,
  listAuditLog,
  mayReadAuditLog,
} from './list-audit-log';
export type { AuditFilters } from './list-audit-log';
export { ownData } from './own-data';
export type { OwnData } from './own-data';
