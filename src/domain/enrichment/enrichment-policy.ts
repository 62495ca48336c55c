import type { Actor } from '../policy/actor';
import { canEditWorkspace } from '../policy/workspace-policy';
import type { Enrichment } from './enrichment';

/** The area's supervisors: they answer, and name others to answer. */
export const supervisesArea = (actor: Actor, serviceArea: string): boolean =>
  actor.roles.includes('supervisor') && actor.serviceAreas.includes(serviceArea);

/** Who sees a request: the RAKE group, the area's supervisors, and those named on it. */
export const canSeeEnrichment = (
  actor: Actor,
  enrichment: Pick<Enrichment, 'serviceArea' | 'assigneeIds'>,
): boolean =>
  canEditWorkspace(actor) ||
  supervisesArea(actor, enrichment.serviceArea) ||
  enrichment.assigneeIds.includes(actor.id);

/** Who answers: the area's supervisors and those named; the RAKE group may add notes too. */
export const canAnswerEnrichment = canSeeEnrichment;

/** Who names more people to answer: the area's supervisors and the RAKE group. */
export const canAssignEnrichment = (
  actor: Actor,
  enrichment: Pick<Enrichment, 'serviceArea'>,
): boolean => canEditWorkspace(actor) || supervisesArea(actor, enrichment.serviceArea);
