import type { Role } from '../api/types';

export type BoardIntroKey =
  | 'board.introSupervisor'
  | 'board.introRakeMember'
  | 'board.introCoordinator'
  | 'board.introAdmin'
  | 'board.introAlsoSupervisor';

/**
 * What the board says it is, in the words of the caller's role: a supervisor answers for
 * their service areas; the RAKE roles see the whole county but may move only some of it
 * (a member: what was forwarded to the working group; the coordinator and the admin: all).
 * The county-wide role decides (coordinator before admin before member); a supervisor who
 * also has one is reminded that their own area is still theirs to answer.
 */
export function boardIntroKeys(roles: readonly Role[]): BoardIntroKey[] {
  const countyWide: BoardIntroKey | null = roles.includes('rake_coordinator')
    ? 'board.introCoordinator'
    : roles.includes('admin')
      ? 'board.introAdmin'
      : roles.includes('rake_member')
        ? 'board.introRakeMember'
        : null;
  const supervisor = roles.includes('supervisor');
  if (countyWide === null) return ['board.introSupervisor'];
  return supervisor ? [countyWide, 'board.introAlsoSupervisor'] : [countyWide];
}
