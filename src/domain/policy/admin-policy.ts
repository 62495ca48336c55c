import type { Actor } from './actor';

/** County settings, supervisors per area and the staff directory are the admin's alone. */
export const canAdminister = (actor: Actor): boolean => actor.roles.includes('admin');
