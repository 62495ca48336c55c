import type { StaffDirectory } from '../ports';

/**
 * The supervisor the reporter named (Kymenlaakso's way), if they still are one: a person who
 * has left the directory, or is no longer a supervisor, answers for nothing, and the
 * observation goes to its area's supervisors (or, with none, to the coordinators) as if
 * nobody had been named.
 */
export async function liveNamedSupervisor(
  staff: Pick<StaffDirectory, 'get'>,
  supervisorId: string | null,
): Promise<string | null> {
  if (supervisorId === null) return null;
  const named = await staff.get(supervisorId);
  return named !== null && named.roles.includes('supervisor') ? supervisorId : null;
}
