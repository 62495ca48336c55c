import type { Role } from '../domain/policy/actor';

/** A member of staff as the app knows them (demo data, or Entra ID in a tenant). */
export type StaffMember = {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly title: string | null;
  readonly roles: readonly Role[];
  readonly serviceAreas: readonly string[];
};

export interface StaffDirectory {
  list(): Promise<readonly StaffMember[]>;
  get(id: string): Promise<StaffMember | null>;
  /** Supervisors who answer for the service area (for the form's supervisor picker). */
  supervisorsOf(serviceArea: string): Promise<readonly StaffMember[]>;
  /** Adds or replaces members (demo seeding, directory sync). */
  upsert(members: readonly StaffMember[]): Promise<void>;
}
