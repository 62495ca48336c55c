import type { Actor, Role } from '../policy/actor';
import type { ReporterType } from './public-submission';

/**
 * The public form's queue is the coordinator's (issue 13): they accept a submission into the
 * normal flow or discard it. Admins may too, so the queue never waits on one person.
 */
const QUEUE_ROLES: readonly Role[] = ['rake_coordinator', 'admin'];

export const canHandlePublicQueue = (actor: Pick<Actor, 'roles'>): boolean =>
  actor.roles.some((role) => QUEUE_ROLES.includes(role));

/**
 * The reporter's name an accepted observation carries on the board and in cards: who reported,
 * in Finnish like the rest of the stored data, never a person's name.
 */
export const PUBLIC_REPORTER_NAMES: Readonly<Record<ReporterType, string>> = {
  resident: 'Asukas (julkinen lomake)',
  client: 'Asiakas (julkinen lomake)',
  association: 'Järjestö tai yhdistys (julkinen lomake)',
  other: 'Muu ilmoittaja (julkinen lomake)',
};
