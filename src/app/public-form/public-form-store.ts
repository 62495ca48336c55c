import type { PublicSubmissionStore } from '../../ports';
import type { AppDeps } from '../app-deps';

/**
 * The store behind the public pages, or null when the form is off: read from `deps.county`
 * on every request, because the admin can turn the form on and off while the app runs.
 */
export function openPublicForm(
  deps: Pick<AppDeps, 'county' | 'publicSubmissions'>,
): PublicSubmissionStore | null {
  return deps.county.publicForm === true ? (deps.publicSubmissions ?? null) : null;
}
