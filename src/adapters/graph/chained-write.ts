import {
  writeFailure,
  type ListItem,
  type SharePointLists,
  type WriteRequest,
  type WriteResult,
} from './sharepoint-lists';

/** One write of a chain, and how to take it back if a later one fails. */
export type ChainStep = {
  readonly request: WriteRequest;
  /**
   * The write puts back what was there before, given what it answered; null when there is
   * nothing to take back.
   */
  readonly undo: (written: ListItem | null) => WriteRequest | null;
  /**
   * A 409 here means the item is already there and that is fine (an outbox key the outbox
   * keeps once). Such steps come last in a chain.
   */
  readonly conflictMeansDone?: boolean;
};

export type ChainOutcome =
  | { readonly ok: true; readonly results: readonly WriteResult[] }
  /** Nothing of the chain stands any more (as far as the undo could reach). */
  | { readonly ok: false; readonly failedAt: number; readonly result: WriteResult };

type Done = { readonly step: ChainStep; readonly item: ListItem | null };

/**
 * SharePoint has no transactions: the writes go as one `$batch` chain (each depends on the one
 * before, so the first failure stops the rest), and when one fails, what the chain did is
 * taken back, newest first.
 */
export async function writeChain(
  lists: SharePointLists,
  steps: readonly ChainStep[],
): Promise<ChainOutcome> {
  const results = await lists.write(
    steps.map((s) => s.request),
    'chain',
  );
  const done: Done[] = [];
  const heldBack: number[] = [];
  let failure: { failedAt: number; result: WriteResult } | null = null;
  let known = false;
  for (const [index, step] of steps.entries()) {
    const result = results[index] ?? { ok: false, status: 424, retryAfterSeconds: null };
    if (result.ok) {
      done.push({ step, item: result.item });
    } else if (step.conflictMeansDone === true && result.status === 409) {
      known = true;
    } else if (known && step.conflictMeansDone === true && result.status === 424) {
      // Held back only by a key already known: send on its own below.
      heldBack.push(index);
    } else {
      failure = { failedAt: index, result };
      break;
    }
  }
  if (failure === null && heldBack.length > 0) {
    const again = await lists.write(
      heldBack.map((index) => (steps[index] as ChainStep).request),
      'independent',
    );
    again.forEach((result, position) => {
      const index = heldBack[position] as number;
      const step = steps[index] as ChainStep;
      if (result.ok) done.push({ step, item: result.item });
      else if (result.status !== 409) failure ??= { failedAt: index, result };
    });
  }
  if (failure === null) return { ok: true, results };
  await undo(lists, done);
  return { ok: false, ...failure };
}

async function undo(lists: SharePointLists, done: readonly Done[]): Promise<void> {
  const requests = done
    .map(({ step, item }) => step.undo(item))
    .filter((request): request is WriteRequest => request !== null)
    .reverse();
  if (requests.length === 0) return;
  try {
    // Independent: one undo that fails must not keep the others from running.
    await lists.write(requests, 'independent');
  } catch {
    // The caller reports the write's own failure, which is what the user can act on. An undo
    // that could not reach Graph (it takes two failures in a row) leaves part of the change.
  }
}

/** Undo of a create: delete the item it made. */
export const deleteCreated =
  (list: WriteRequest['list']) =>
  (written: ListItem | null): WriteRequest | null =>
    written === null ? null : { op: 'delete', list, itemId: written.id, etag: null };

/** The error a chain's failed write stands for: the service's failure, or what went wrong. */
export const chainFailure = (result: WriteResult, what: string): Error =>
  writeFailure(result) ??
  new Error(`${what} (Graph answered ${result.ok ? 'ok' : String(result.status)})`);
