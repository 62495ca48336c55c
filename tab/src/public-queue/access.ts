/**
 * Whether the user handles the public form's queue (coordinator, admins), asked by the board
 * without loading the queue's chunk.
 */
export const handlesPublicQueue = (roles: readonly string[]): boolean =>
  roles.includes('rake_coordinator') || roles.includes('admin');
