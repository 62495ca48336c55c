import type { Role } from '../api/types';

/**
 * Whether the admin view has anything for this user (its tab is shown only then). Apart from
 * AdminView.tsx so that the shell can ask without loading the view (it is its own chunk).
 */
export const hasAdminView = (roles: readonly Role[]): boolean => roles.includes('admin');
