import { z } from 'zod';
import { canAdminister } from '../../domain/policy/admin-policy';
import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import { customIssue, parseToResult } from '../../domain/shared/zod-problems';
import type { StaffMember } from '../../ports';
import type { AppDeps } from '../app-deps';
import { forbidden, validationError, type AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import type { AdminDeps } from './county-settings';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An Entra object id (a GUID), or in dev mode any plain id such as `demo-supervisor-1`. */
const STAFF_ID = /^[A-Za-z0-9._@-]{1,100}$/;

const bodySchema = z.strictObject({
  id: z.string().check((ctx) => {
    if (!STAFF_ID.test(ctx.value)) {
      ctx.issues.push(customIssue(ctx.value, { problem: 'invalid_format' }));
    }
  }),
  name: z.string().trim().min(1).max(200),
  email: z
    .string()
    .trim()
    .max(200)
    .check((ctx) => {
      if (ctx.value !== '' && !/^[^\s@]+@[^\s@]+$/.test(ctx.value)) {
        ctx.issues.push(customIssue(ctx.value, { problem: 'invalid_format' }));
      }
    })
    .nullish(),
});

export type AddedStaffMember = { readonly member: StaffMember; readonly created: boolean };

/**
 * Adds a person who has not signed in yet, so that the admin can make them a supervisor
 * today. The id is required: their Entra object id (Entra admin center → Users → Object ID),
 * the id their sign-in carries, so that their first sign-in finds what was assigned to them.
 * (An e-mail alone could not be matched safely: addresses change and can be reused.) A
 * person already in the directory is returned as they are.
 */
export async function addStaffMember(
  deps: AdminDeps & Pick<AppDeps, 'staff'>,
  actor: Actor,
  input: unknown,
): Promise<Result<AddedStaffMember, AppError>> {
  if (!canAdminister(actor)) return forbidden();
  const parsed = parseToResult(bodySchema, input);
  if (!parsed.ok) return validationError(parsed.error);
  // Entra's object ids arrive lower-case from the sign-in (entra-authenticator).
  const id = GUID.test(parsed.value.id) ? parsed.value.id.toLowerCase() : parsed.value.id;
  const existing = await deps.staff.get(id);
  if (existing !== null) return ok({ member: existing, created: false });
  const member: StaffMember = {
    id,
    name: parsed.value.name,
    email: parsed.value.email ? parsed.value.email : null,
    title: null,
    roles: ['reporter'],
    serviceAreas: [],
  };
  await deps.staff.upsert([member]);
  await recordAudit(deps, actor, {
    action: 'admin.staff_added',
    targetType: 'staff',
    targetId: id,
  });
  return ok({ member, created: true });
}
