import type { Client } from '@microsoft/microsoft-graph-client';
import {
  IntranetPublishError,
  type IntranetPublisherActor,
} from '../../../ports/intranet-publisher';
import { createGraphClient, type GraphClientOptions } from '../graph-client';

/**
 * `graphFor` for the SharePoint publisher: a Graph client with the editor's delegated token.
 * The token is exchanged before any request, so a missing consent or an expired sign-in fails
 * as itself (the Graph SDK would wrap an error thrown by its token callback into a GraphError
 * without a status) and before any chart is uploaded.
 */
export function delegatedGraphFor(
  tokenFor: (userToken: string) => Promise<string>,
  clientOptions: Omit<GraphClientOptions, 'getAccessToken'> = {},
): (actor: IntranetPublisherActor) => Promise<Client> {
  return async (actor) => {
    if (actor.userToken === null) {
      throw new IntranetPublishError(
        'not_configured',
        "Publishing to SharePoint needs the editor's Teams sign-in; development sign-in has no token to act with.",
      );
    }
    const token = await tokenFor(actor.userToken);
    return createGraphClient({ ...clientOptions, getAccessToken: () => Promise.resolve(token) });
  };
}
