import { z } from 'zod';
import { administeredAreas, isGroupId, withAreaSaved } from '../../domain/county/supervision';
import { canAdminister } from '../../domain/policy/admin-policy';
import type { Actor } from '../../domain/policy/actor';
import type { FieldProblem } from '../../domain/shared/field-problem';
import type { Choice, LocalizedText } from '../../domain/shared/localized-text';
import { ok, type Result } from '../../domain/shared/result';
import { customIssue, parseToResult } from '../../domain/shared/zod-problems';
import type { ConversationDirectory, StaffMember } from '../../ports';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, validationError, type AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import type { AdminDeps } from './county-settings';

export type ServiceAreaDeps = AdminDeps & Pick<AppDeps, 'staff' | 'county'>;

export type AreaSupervisor = {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  /** Whether the bot can reach them (they have a personal conversation with it). */
  readonly botInstalled: boolean;
  /** Supervises the area through a mapped Entra group (not by the admin's assignment). */
  readonly viaGroup: boolean;
};

export type ServiceAreaSupervision = {
  readonly id: string;
  readonly label: LocalizedText;
  readonly retired: boolean;
  readonly supervisors: readonly AreaSupervisor[];
  /** Entra groups whose members supervise the area from their next sign-in. */
  readonly groups: readonly string[];
  /**
   * Whether the admin has saved the area's supervisors: then RAKE_SUPERVISOR_AREAS no longer
   * applies to it.
   */
  readonly assigned: boolean;
};

const isSupervisor = (member: StaffMember): boolean => member.roles.includes('supervisor');

async function describeAreas(
  deps: ServiceAreaDeps,
  conversations: ConversationDirectory | null,
  areas: readonly Choice[],
): Promise<ServiceAreaSupervision[]> {
  const staff = (await deps.staff.list()).filter(isSupervisor);
  const supervision = deps.countySettings?.supervision().value ?? { areas: {} };
  const administered = administeredAreas(supervision);
  const reachable = new Map<string, boolean>();
  const botInstalled = async (id: string): Promise<boolean> => {
    if (conversations === null) return false;
    let known = reachable.get(id);
    if (known === undefined) {
      const address = await conversations.user(id);
      known = address !== null && Object.keys(address.reference).length > 0;
      reachable.set(id, known);
    }
    return known;
  };
  const described: ServiceAreaSupervision[] = [];
  for (const area of areas) {
    const supervisors: AreaSupervisor[] = [];
    for (const member of staff) {
      const assigned = member.serviceAreas.includes(area.id);
      const viaGroup = member.groupServiceAreas?.includes(area.id) ?? false;
      if (!assigned && !viaGroup) continue;
      supervisors.push({
        id: member.id,
        name: member.name,
        email: member.email,
        botInstalled: await botInstalled(member.id),
        viaGroup: viaGroup && !assigned,
      });
    }
    described.push({
      id: area.id,
      label: area.label,
      retired: area.retired === true,
      supervisors,
      groups: supervision.areas[area.id]?.groupIds ?? [],
      assigned: administered.has(area.id),
    });
  }
  return described;
}

/** Every service area (retired ones too) with who supervises it, for the admin's view. */
export async function listServiceAreaSupervision(
  deps: ServiceAreaDeps,
  conversations: ConversationDirectory | null,
  actor: Actor,
): Promise<Result<readonly ServiceAreaSupervision[], AppError>> {
  if (!canAdminister(actor)) return forbidden();
  return ok(await describeAreas(deps, conversations, deps.county.serviceAreas));
}

const MAX_ID = 200;
const bodySchema = z.strictObject({
  staffIds: z.array(z.string().min(1).max(MAX_ID)).max(100),
  groupIds: z
    .array(
      z.string().check((ctx) => {
        if (!isGroupId(ctx.value)) {
          ctx.issues.push(customIssue(ctx.value, { problem: 'invalid_format' }));
        }
      }),
    )
    .max(20)
    .optional(),
});

/**
 * Makes exactly these people the area's assigned supervisors (and, when given, these Entra
 * groups its group-mapped ones): the chosen get the area (and the supervisor role), the
 * others lose it. The directory is what routing reads, so the next filing in the area reaches
 * the new supervisors at once, without anyone signing in. From now on the stored assignment
 * is the truth for the area: RAKE_SUPERVISOR_AREAS no longer applies to it.
 */
export async function setServiceAreaSupervisors(
  deps: ServiceAreaDeps,
  conversations: ConversationDirectory | null,
  actor: Actor,
  areaId: string,
  input: unknown,
): Promise<Result<ServiceAreaSupervision, AppError>> {
  if (!canAdminister(actor)) return forbidden();
  const area = deps.county.serviceAreas.find((a) => a.id === areaId);
  if (area === undefined) return notFound();
  const parsed = parseToResult(bodySchema, input);
  if (!parsed.ok) return validationError(parsed.error);
  const wanted = new Set(parsed.value.staffIds);
  const members = await deps.staff.list();
  const known = new Set(members.map((m) => m.id));
  const problems: FieldProblem[] = parsed.value.staffIds.flatMap((id, i) =>
    known.has(id) ? [] : [{ field: `staffIds.${i}`, code: 'unknown_choice' as const }],
  );
  if (problems.length > 0) return validationError(problems);

  // The area is marked as the admin's first, so that no sign-in in between applies the
  // bootstrap to it again.
  if (deps.countySettings !== undefined) {
    const groupIds = parsed.value.groupIds;
    await deps.countySettings.updateSupervision((current) =>
      withAreaSaved(current, areaId, groupIds),
    );
  }
  const changed: StaffMember[] = [];
  for (const member of members) {
    const has = member.serviceAreas.includes(areaId);
    if (wanted.has(member.id)) {
      if (has && isSupervisor(member)) continue;
      changed.push({
        ...member,
        roles: isSupervisor(member) ? member.roles : [...member.roles, 'supervisor'],
        serviceAreas: has ? member.serviceAreas : [...member.serviceAreas, areaId],
      });
    } else if (has) {
      changed.push({ ...member, serviceAreas: member.serviceAreas.filter((a) => a !== areaId) });
    }
  }
  if (changed.length > 0) await deps.staff.upsert(changed);
  await recordAudit(deps, actor, {
    action: 'admin.supervisors',
    targetType: 'service_area',
    targetId: areaId,
    detail:
      `supervisors ${[...wanted].join(',') || '-'}` +
      (parsed.value.groupIds === undefined
        ? ''
        : `; groups ${parsed.value.groupIds.join(',') || '-'}`),
  });
  const [described] = await describeAreas(deps, conversations, [area]);
  if (described === undefined) return notFound();
  return ok(described);
}
