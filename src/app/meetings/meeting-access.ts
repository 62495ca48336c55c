import type { Actor } from '../../domain/policy/actor';
import { canEditWorkspace } from '../../domain/policy/workspace-policy';

/** Meetings and their agendas are the RAKE group's (and admins'). */
export const canSeeMeetings = canEditWorkspace;

/** The coordinator keeps the calendar and the minutes (admins too). */
export const canKeepMeetings = (actor: Actor): boolean =>
  actor.roles.includes('rake_coordinator') || actor.roles.includes('admin');
