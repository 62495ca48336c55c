import type { SettingsKey, SettingsPutOutcome, SettingsStore } from '../../ports/settings-store';
import { numberOf, payloadFields, payloadOf } from './field-values';
import { eq } from './odata-filter';
import { readModifyWrite } from './optimistic-write';
import type { SharePointLists } from './sharepoint-lists';

/** The county document's four lists with labels in three languages; see list-schema.ts. */
const PAYLOAD_COLUMNS = 4;

/**
 * Settings documents on the Settings list: one item per key (`SettingsKey` unique), the value
 * as JSON in the Payload columns, its version in `Version`. A put is a read-modify-write under
 * the item's eTag (a create under the unique key), so of two instances writing the same
 * version one wins and the other is told the version that won.
 */
export function createSharePointSettingsStore(lists: SharePointLists): SettingsStore {
  return {
    async get(key) {
      const item = await lists.findOne('settings', eq('SettingsKey', key));
      if (item === null) return null;
      return {
        value: payloadOf(item.fields, PAYLOAD_COLUMNS),
        version: numberOf(item.fields, 'Version'),
      };
    },
    async put(key: SettingsKey, value, expectedVersion): Promise<SettingsPutOutcome> {
      let outcome: SettingsPutOutcome = { ok: false, currentVersion: 0 };
      await readModifyWrite(lists, 'settings', eq('SettingsKey', key), (current) => {
        const version = current === null ? 0 : numberOf(current.fields, 'Version');
        if (version !== expectedVersion) {
          outcome = { ok: false, currentVersion: version };
          return null;
        }
        outcome = { ok: true, version: version + 1 };
        const fields = { ...payloadFields(value, PAYLOAD_COLUMNS), Version: version + 1 };
        return current === null
          ? { op: 'create', fields: { SettingsKey: key, ...fields } }
          : { op: 'update', fields };
      });
      return outcome;
    },
  };
}
