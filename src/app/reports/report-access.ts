import {
  canEditWorkspace,
  canPublishToIntranet,
  canReadWorkspace,
} from '../../domain/policy/workspace-policy';

/** The coordinator and RAKE members write reports. */
export const mayWriteReports = canEditWorkspace;

/** Those who follow the workspace (supervisors, editors) read them; reporters do not. */
export const mayReadReports = canReadWorkspace;

/** Editors (and admins) publish to the intranet; writers hand the report over to them. */
export const mayPublishReports = canPublishToIntranet;
