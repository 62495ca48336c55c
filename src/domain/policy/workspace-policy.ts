import type { Actor, Role } from './actor';

/** The RAKE working group writes the workspace: phenomena, proposals, meetings, compilations. */
const WORKSPACE_WRITERS: readonly Role[] = ['rake_member', 'rake_coordinator', 'admin'];
/** Supervisors and editors follow it; reporters see only what their own reports led to. */
const WORKSPACE_READERS: readonly Role[] = [...WORKSPACE_WRITERS, 'supervisor', 'editor'];

export const canEditWorkspace = (actor: Actor): boolean =>
  actor.roles.some((role) => WORKSPACE_WRITERS.includes(role));

export const canReadWorkspace = (actor: Actor): boolean =>
  actor.roles.some((role) => WORKSPACE_READERS.includes(role));

/** Editors update the intranet subpage; admins may stand in. The RAKE group writes, not publishes. */
const PUBLISHERS: readonly Role[] = ['editor', 'admin'];

export const canPublishToIntranet = (actor: Actor): boolean =>
  actor.roles.some((role) => PUBLISHERS.includes(role));
