import type { ApiClient, Tagged } from '../api/client';
import type { ObservationView, Schemas } from '../api/types';

/** Reporters' follow-up (issue 13), through the client's generic calls (not the main bundle). */

export type ObservationMessage = Schemas['ObservationMessage'];
export type ResubmitBody = Schemas['ResubmitRequest'];

const path = (id: string, tail: string) => `/observations/${encodeURIComponent(id)}/${tail}`;
/** The observation's version as the If-Match the server's ETag would be. */
export const etagOfVersion = (version: number): string => `"${version}"`;

export const withdraw = (api: ApiClient, id: string, version: number) =>
  api.write<ObservationView>('POST', path(id, 'withdraw'), undefined, etagOfVersion(version));

export const resubmit = (
  api: ApiClient,
  id: string,
  body: ResubmitBody,
  version: number,
): Promise<Tagged<Schemas['ResubmittedObservation']>> =>
  api.write('POST', path(id, 'resubmit'), body, etagOfVersion(version));

export const messagesOf = async (
  api: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<readonly ObservationMessage[]> =>
  (await api.read<Schemas['MessageList']>(path(id, 'messages'), signal)).items;

export const sendMessage = async (
  api: ApiClient,
  id: string,
  text: string,
): Promise<Schemas['PostedMessage']> =>
  (await api.write<Schemas['PostedMessage']>('POST', path(id, 'messages'), { text })).value;
