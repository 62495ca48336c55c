import type { ApiClient, Tagged } from '../api/client';
import type { Schemas } from '../api/types';

/* The admin's calls (issue 13), through the ApiClient's generic read/readTagged/write. */

export type CountySettings = Schemas['CountySettings'];
export type CountySettingsDocument = Schemas['CountySettingsDocument'];
export type ServiceAreaSupervision = Schemas['ServiceAreaSupervision'];
export type SettingsChoice = CountySettings['serviceAreas'][number];
export type ChoiceListName = 'serviceAreas' | 'municipalities' | 'topics' | 'targetGroups';
export const CHOICE_LISTS: readonly ChoiceListName[] = [
  'serviceAreas',
  'municipalities',
  'topics',
  'targetGroups',
];

export const countySettings = (
  api: ApiClient,
  signal?: AbortSignal,
): Promise<Tagged<CountySettingsDocument>> => api.readTagged('/admin/county', signal);

export const saveCountySettings = (
  api: ApiClient,
  settings: CountySettings,
  etag: string,
): Promise<Tagged<CountySettingsDocument>> => api.write('PUT', '/admin/county', settings, etag);

export const serviceAreas = async (
  api: ApiClient,
  signal?: AbortSignal,
): Promise<readonly ServiceAreaSupervision[]> =>
  (await api.read<{ items: ServiceAreaSupervision[] }>('/admin/service-areas', signal)).items;

export const saveSupervisors = async (
  api: ApiClient,
  areaId: string,
  body: { readonly staffIds: readonly string[]; readonly groupIds: readonly string[] },
): Promise<ServiceAreaSupervision> =>
  (
    await api.write<ServiceAreaSupervision>(
      'PUT',
      `/admin/service-areas/${encodeURIComponent(areaId)}/supervisors`,
      body,
    )
  ).value;

export const addStaff = (
  api: ApiClient,
  body: { readonly id: string; readonly name: string; readonly email: string | null },
): Promise<Tagged<Schemas['StaffMember']>> => api.write('POST', '/admin/staff', body);

/** How many notifications never arrived (the dead-letter list the Deliveries view retries). */
export const failedDeliveryCount = async (api: ApiClient, signal?: AbortSignal): Promise<number> =>
  (await api.read<{ items: readonly unknown[] }>('/admin/deliveries?state=dead', signal)).items
    .length;
