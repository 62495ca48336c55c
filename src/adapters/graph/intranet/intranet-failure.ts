import { GraphError } from '@microsoft/microsoft-graph-client';
import { IntranetPublishError } from '../../../ports/intranet-publisher';
import { StorageUnavailableError } from '../../../ports/storage-unavailable';
import { asStorageFailure } from '../graph-failure';
import { isEtagMismatch } from './conflict-retry';

/**
 * A failed Graph call while publishing, as what the editor can act on: refused (they lack
 * edit rights on the intranet site), not configured (the site or the subpage is not there),
 * or unavailable (throttled or down after the client's retries). Anything else, such as a
 * 400 for a page Graph could not read, is our bug and is returned unchanged.
 */
export function asIntranetPublishError(error: unknown): unknown {
  if (error instanceof IntranetPublishError) return error;
  if (isEtagMismatch(error)) {
    return new IntranetPublishError(
      'unavailable',
      'SharePoint kept reporting the page as just changed; try publishing again shortly.',
    );
  }
  const failure = asStorageFailure(error);
  if (!(failure instanceof StorageUnavailableError)) return error;
  const status = error instanceof GraphError ? ` (Graph ${error.statusCode})` : '';
  switch (failure.reason) {
    case 'denied':
      return new IntranetPublishError(
        'forbidden',
        `SharePoint refused the editor${status}: they need the right to edit pages on the intranet site.`,
      );
    case 'not_provisioned':
      return new IntranetPublishError(
        'not_configured',
        `The intranet site or its subpage was not found${status}: check RAKE_INTRANET_SITE_ID and RAKE_INTRANET_PAGE_ID.`,
      );
    default:
      return new IntranetPublishError(
        'unavailable',
        `SharePoint could not be reached (${failure.reason})${status}; try again shortly.`,
      );
  }
}

/** The status of a Graph failure, or null for anything else. */
export function graphStatus(error: unknown): number | null {
  return error instanceof GraphError ? error.statusCode : null;
}
