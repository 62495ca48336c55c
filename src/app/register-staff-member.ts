import { ROLES, type Actor, type Role } from '../domain/policy/actor';
import type { Clock, StaffDirectory, StaffMember } from '../ports';

export type StaffRegistrationDeps = {
  readonly staff: StaffDirectory;
  readonly clock: Clock;
};

/** What a registration did; `recently_checked`: nothing, the same person was checked lately. */
export type StaffRegistrationOutcome =
  | { readonly kind: 'added' | 'updated' | 'unchanged' | 'recently_checked' }
  /** The directory could not be read or written; the caller logs it and goes on. */
  | { readonly kind: 'failed'; readonly error: unknown };

/**
 * Keeps the signed-in person in the staff directory as their sign-in describes them, so that
 * the pickers, the co-reporter and supervisor checks and the supervisors' notifications know
 * real staff without any directory-read permission: staff are learnt from their own sign-ins.
 */
export type StaffRegistration = {
  /** Never rejects: a failure comes back as `failed`. */
  register(actor: Actor): Promise<StaffRegistrationOutcome>;
  /** Resolves when every registration started so far has finished (shutdown, tests). */
  settled(): Promise<void>;
};

export type StaffRegistrationOptions = {
  /** How long a person who was checked is not checked again (same sign-in). Default 10 min. */
  readonly recheckAfterMs?: number;
};

const DEFAULT_RECHECK_MS = 10 * 60_000;
/** Past this many remembered people, those checked longer ago are forgotten. */
const PRUNE_ABOVE = 2_000;

/**
 * Makes sure the directory holds the actor as they are now: id, name, email, roles (every
 * signed-in member of staff is a reporter) and service areas from the sign-in; the title is
 * the directory's (null for a new member). Writes only when something differs, so a normal
 * sign-in costs one read (SQLite: local; SharePoint: the staff snapshot).
 */
export async function registerStaffMember(
  staff: StaffDirectory,
  actor: Actor,
): Promise<'added' | 'updated' | 'unchanged'> {
  const stored = await staff.get(actor.id);
  const fromGroups = [...new Set(actor.supervision?.fromGroups ?? [])];
  const wanted: StaffMember = {
    id: actor.id,
    name: actor.name,
    email: actor.email,
    title: stored?.title ?? null,
    roles: rolesOf(actor.roles),
    // The sign-in's assigned areas were worked out from the directory's (entra-authenticator):
    // they are what an admin saved, or the bootstrap for the areas no admin has saved.
    serviceAreas: [...new Set(actor.supervision?.assigned ?? actor.serviceAreas)],
    ...(fromGroups.length > 0 ? { groupServiceAreas: fromGroups } : {}),
  };
  if (stored !== null && sameMember(stored, wanted)) return 'unchanged';
  await staff.upsert([wanted]);
  return stored === null ? 'added' : 'updated';
}

/**
 * `registerStaffMember` for every request of a process: a person is checked at most once per
 * `recheckAfterMs` while their sign-in stays the same (a changed one is checked at once), and
 * the same person's parallel requests check once. A failure is forgotten, so the next request
 * tries again.
 */
export function createStaffRegistration(
  deps: StaffRegistrationDeps,
  options: StaffRegistrationOptions = {},
): StaffRegistration {
  const recheckAfterMs = options.recheckAfterMs ?? DEFAULT_RECHECK_MS;
  const checked = new Map<string, { readonly at: number; readonly signature: string }>();
  const pending = new Set<Promise<StaffRegistrationOutcome>>();

  const prune = (now: number): void => {
    if (checked.size <= PRUNE_ABOVE) return;
    for (const [id, entry] of checked) if (now - entry.at >= recheckAfterMs) checked.delete(id);
  };

  const run = async (actor: Actor): Promise<StaffRegistrationOutcome> => {
    const now = deps.clock.now().getTime();
    const signature = signatureOf(actor);
    const last = checked.get(actor.id);
    if (last !== undefined && last.signature === signature && now - last.at < recheckAfterMs) {
      return { kind: 'recently_checked' };
    }
    prune(now);
    // Taken before the check, so that parallel requests of the same person wait for none.
    const entry = { at: now, signature };
    checked.set(actor.id, entry);
    try {
      return { kind: await registerStaffMember(deps.staff, actor) };
    } catch (error) {
      if (checked.get(actor.id) === entry) checked.delete(actor.id);
      return { kind: 'failed', error };
    }
  };

  return {
    register(actor) {
      const outcome = run(actor);
      pending.add(outcome);
      void outcome.finally(() => pending.delete(outcome));
      return outcome;
    },
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

/** The roles as the directory keeps them: in ROLES order, with `reporter` always. */
const rolesOf = (roles: readonly Role[]): Role[] =>
  ROLES.filter((role) => role === 'reporter' || roles.includes(role));

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
};

/** Equal as the app reads them: a stored member without `reporter` is a reporter all the same. */
const sameMember = (stored: StaffMember, wanted: StaffMember): boolean =>
  stored.name === wanted.name &&
  stored.email === wanted.email &&
  sameSet(rolesOf(stored.roles), wanted.roles) &&
  sameSet(stored.serviceAreas, wanted.serviceAreas) &&
  sameSet(stored.groupServiceAreas ?? [], wanted.groupServiceAreas ?? []);

const signatureOf = (actor: Actor): string =>
  JSON.stringify([
    actor.name,
    actor.email,
    rolesOf(actor.roles),
    [...(actor.supervision?.assigned ?? actor.serviceAreas)].sort(),
    [...(actor.supervision?.fromGroups ?? [])].sort(),
  ]);
