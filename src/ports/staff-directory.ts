import type { Role } from '../domain/policy/actor';

/** A member of staff as the app knows them (demo data, or Entra ID in a tenant). */
export type StaffMember = {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly title: string | null;
  readonly roles: readonly Role[];
  /**
   * The service areas assigned to them: by an admin in the app (the truth once set), else
   * from RAKE_SUPERVISOR_AREAS or the dev identity (a bootstrap, see README).
   */
  readonly serviceAreas: readonly string[];
  /**
   * The areas they have through an Entra group an admin mapped to the area, as of their last
   * sign-in; kept apart so that leaving the group takes them away without touching the
   * assigned ones. Absent: none.
   */
  readonly groupServiceAreas?: readonly string[];
};

/** Every area a member answers for: assigned and through groups (if they are a supervisor). */
export const supervisedAreas = (member: StaffMember): ReadonlySet<string> =>
  new Set([...member.serviceAreas, ...(member.groupServiceAreas ?? [])]);

export interface StaffDirectory {
  list(): Promise<readonly StaffMember[]>;
  get(id: string): Promise<StaffMember | null>;
  /**
   * Supervisors who answer for the service area (for the form's supervisor picker and the
   * routing of filings): the `supervisor` role and the area assigned or through a group.
   */
  supervisorsOf(serviceArea: string): Promise<readonly StaffMember[]>;
  /** Adds or replaces members (demo seeding, directory sync). */
  upsert(members: readonly StaffMember[]): Promise<void>;
}
