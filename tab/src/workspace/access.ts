import {
  canEditWorkspace,
  canPublishToIntranet,
  canReadWorkspace,
} from '../../../src/domain/policy/workspace-policy';
import type { Me } from '../api/types';

/**
 * Whether the working group's view is there for this user (its tab is shown only then):
 * the RAKE group and admins write, supervisors and editors read. Apart from the view, so
 * that the shell can ask without loading it (it is its own chunk).
 */
export const hasWorkspaceView = (me: Me): boolean => canReadWorkspace(me);

/** Whether the user sees the write controls (create, edit, unlink, move). */
export const canWriteWorkspace = (me: Me): boolean => canEditWorkspace(me);

/** Meetings and their agendas are the RAKE group's and admins' (src/app/meetings). */
export const canSeeMeetings = (me: Me): boolean => canEditWorkspace(me);

/** The coordinator (and admins) keep the calendar and record the minutes. */
export const canKeepMeetings = (me: Me): boolean =>
  me.roles.includes('rake_coordinator') || me.roles.includes('admin');

/** Compilations: the RAKE group any area, supervisors those of their own areas. */
export const canSeeCompilations = (me: Me): boolean =>
  canEditWorkspace(me) || me.roles.includes('supervisor');

/**
 * The service areas the user may compile: null for any, the whole county included (the RAKE
 * group); a supervisor only their own, one at a time.
 */
export const compilableAreas = (me: Me): readonly string[] | null =>
  canEditWorkspace(me) ? null : me.roles.includes('supervisor') ? me.serviceAreas : [];

/** Reports: the RAKE group writes them, supervisors and editors read them (reporters do not). */
export const canSeeReports = (me: Me): boolean => canReadWorkspace(me);

/** Editors (and admins) publish reports to the intranet subpage; the RAKE group does not. */
export const canPublishReports = (me: Me): boolean => canPublishToIntranet(me);

/** An editor's work here is publishing: their view opens on the reports. */
export const landsOnReports = (me: Me): boolean =>
  canPublishToIntranet(me) && !canEditWorkspace(me);
