export const ROLES = [
  'reporter',
  'supervisor',
  'rake_member',
  'rake_coordinator',
  'editor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in person, as the policy sees them. */
export type Actor = {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly roles: readonly Role[];
  /** Service areas a supervisor answers for. */
  readonly serviceAreas: readonly string[];
  /**
   * How a Teams sign-in came by `serviceAreas`: assigned (the directory's, or the
   * RAKE_SUPERVISOR_AREAS bootstrap) and through mapped Entra groups. The staff directory
   * keeps the two apart (register-staff-member). Absent: all of them are assigned.
   */
  readonly supervision?: {
    readonly assigned: readonly string[];
    readonly fromGroups: readonly string[];
  };
};
