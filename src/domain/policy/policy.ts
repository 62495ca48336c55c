import type { Observation } from '../observation/observation';
import type { Actor } from './actor';
import type { BoardScope } from './board-scope';

/** Reporter and co-reporters always; supervisors in scope; RAKE member, coordinator, admin all. */
export function canView(actor: Actor, observation: Observation): boolean {
  throw new Error('not implemented yet');
}

/** Supervisors and RAKE roles get a board; everyone else null (HTTP 403). */
export function boardScopeOf(actor: Actor): BoardScope | null {
  throw new Error('not implemented yet');
}

/** Who may edit the ten-field triage record of this observation. */
export function canTriage(actor: Actor, observation: Observation): boolean {
  throw new Error('not implemented yet');
}
