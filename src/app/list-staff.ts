import { ROLES, type Role } from '../domain/policy/actor';
import type { FieldProblem } from '../domain/shared/field-problem';
import { ok, type Result } from '../domain/shared/result';
import type { StaffMember } from '../ports';
import type { AppDeps } from './app-deps';
import { validationError, type AppError } from './app-error';

export type StaffFilter = { readonly role?: string; readonly serviceArea?: string };

/** Only what the pickers show: roles and service areas of colleagues are not their business. */
export type StaffSummary = {
  readonly id: string;
  readonly name: string;
  readonly title: string | null;
};

/** Staff for the form's supervisor and co-reporter pickers, sorted by name. */
export async function listStaff(
  deps: AppDeps,
  filter: StaffFilter,
): Promise<Result<readonly StaffSummary[], AppError>> {
  const problems: FieldProblem[] = [];
  if (filter.role !== undefined && !(ROLES as readonly string[]).includes(filter.role)) {
    problems.push({ field: 'role', code: 'unknown_choice' });
  }
  const { serviceArea } = filter;
  if (serviceArea !== undefined && !deps.county.serviceAreas.some((a) => a.id === serviceArea)) {
    problems.push({ field: 'serviceArea', code: 'unknown_choice' });
  }
  if (problems.length > 0) return validationError(problems);

  const role = filter.role as Role | undefined;
  const members =
    role === 'supervisor' && serviceArea !== undefined
      ? await deps.staff.supervisorsOf(serviceArea)
      : (await deps.staff.list()).filter(
          (m) =>
            // Every signed-in member of staff is a reporter, whatever the directory says.
            (role === undefined || role === 'reporter' || m.roles.includes(role)) &&
            (serviceArea === undefined || m.serviceAreas.includes(serviceArea)),
        );
  return ok([...members].sort(byName).map(summary));
}

const collator = new Intl.Collator('fi');
const byName = (a: StaffMember, b: StaffMember): number => collator.compare(a.name, b.name);
const summary = (m: StaffMember): StaffSummary => ({ id: m.id, name: m.name, title: m.title });
