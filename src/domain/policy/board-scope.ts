/**
 * Which observations a board shows. A supervisor sees their service areas and the
 * observations that name them; the RAKE roles see the whole county.
 */
export type BoardScope =
  | { readonly kind: 'all' }
  | {
      readonly kind: 'supervisor';
      readonly supervisorId: string;
      readonly serviceAreas: readonly string[];
    };

/** Whether the board of `scope` shows the observation: the same rule the stores' queries apply. */
export function isInBoardScope(
  scope: BoardScope,
  observation: { readonly serviceArea: string; readonly supervisorId: string | null },
): boolean {
  if (scope.kind === 'all') return true;
  return (
    scope.serviceAreas.includes(observation.serviceArea) ||
    observation.supervisorId === scope.supervisorId
  );
}
