import { randomUUID } from 'node:crypto';
import type { Clock } from '../../../ports/clock';
import { DEFAULT_LIST_PREFIX } from '../list-schema';
import { provisionLists } from '../provision';
import type { SharePointListsOptions } from '../sharepoint-lists';
import { openSharePointStore, type SharePointStore } from '../sharepoint-store';
import {
  GRAPH_ORIGIN,
  graphClientForDouble,
  startGraphDouble,
  type GraphDouble,
  type GraphDoubleOptions,
} from './graph-double';

const SYSTEM_CLOCK: Clock = { now: () => new Date() };

/**
 * One Graph double for a spec file, strict like real Graph (non-indexed filters refused at
 * any size), and a fresh site with freshly created lists for each store it hands out.
 */
export function sharePointFixture(options: GraphDoubleOptions = {}) {
  let double: GraphDouble | null = null;
  const started = async (): Promise<GraphDouble> => {
    double ??= await startGraphDouble({
      publicBaseUrl: GRAPH_ORIGIN,
      strictNonIndexedQueries: true,
      ...options,
    });
    return double;
  };
  return {
    double: started,
    /** The production client chain, fast retries, aimed at the double. */
    async client(graph?: GraphDouble) {
      const target = graph ?? (await started());
      return graphClientForDouble(target, { retryDelaySeconds: 0 });
    },
    /** A store on a new site of the double with the lists as provisioning makes them. */
    async store(
      clock: Clock = SYSTEM_CLOCK,
      lists: SharePointListsOptions = {},
    ): Promise<{
      store: SharePointStore;
      siteId: string;
      graph: GraphDouble;
      dispose(): Promise<void>;
    }> {
      const graph = await started();
      const client = await this.client(graph);
      const siteId = `contoso.sharepoint.com,${randomUUID()},${randomUUID()}`;
      const provisioned = await provisionLists(client, siteId, DEFAULT_LIST_PREFIX);
      if (provisioned.problems.length > 0) {
        throw new Error(`Provisioning failed: ${JSON.stringify(provisioned.problems)}`);
      }
      const store = await openSharePointStore({
        client,
        siteId,
        clock,
        lists: { maxRetryAfterSeconds: 1, ...lists },
      });
      return {
        store,
        siteId,
        graph,
        dispose: async () => {
          graph.state.sites.delete(siteId);
        },
      };
    },
    async close() {
      await double?.close();
      double = null;
    },
  };
}
