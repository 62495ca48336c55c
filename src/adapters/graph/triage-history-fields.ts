import type { TriageEdit } from '../../domain/triage/triage-edit';
import { deleteCreated, type ChainStep } from './chained-write';
import { eq } from './odata-filter';
import { recordsOf, storedJson } from './record-parts';
import type { ListItem, SharePointLists } from './sharepoint-lists';

/** The edit's JSON on its own item when it fits one column, else in Record parts. */
const TRIAGE_EDIT_PAYLOAD_COLUMNS = 1;

const byEditId = (id: string): string => eq('EditId', id);

/**
 * The writes that add the edit to the Triage history list, to chain after the observation's
 * update: its parts (if any), then its item. The unique EditId makes a second write of the same
 * edit fail with 409, which takes back the whole chain.
 */
export function triageEditSteps(edit: TriageEdit): ChainStep[] {
  const stored = storedJson(edit, `triageEdit|${edit.id}`, TRIAGE_EDIT_PAYLOAD_COLUMNS);
  return [
    ...stored.parts,
    {
      request: {
        op: 'create',
        list: 'triageHistory',
        fields: {
          EditId: edit.id,
          ObservationId: edit.observationId,
          At: edit.at,
          ...stored.fields,
        },
      },
      undo: deleteCreated('triageHistory'),
    },
  ];
}

/** The observation's edits, oldest first: by time, then by item id (handed out in order). */
export async function readTriageHistory(
  lists: SharePointLists,
  observationId: string,
): Promise<TriageEdit[]> {
  const items = await lists.collect('triageHistory', {
    filter: eq('ObservationId', observationId),
  });
  const at = (item: ListItem) => String(item.fields['At']);
  items.sort((a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : Number(a.id) - Number(b.id)));
  const edits = await recordsOf(
    lists,
    'triageHistory',
    items,
    (item) => byEditId(String(item.fields['EditId'] ?? '')),
    TRIAGE_EDIT_PAYLOAD_COLUMNS,
  );
  return edits as TriageEdit[];
}
