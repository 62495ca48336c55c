import type { ApiClient } from '../api/client';
import type { Schemas } from '../api/types';

/** GET /api/public-submissions: the public form's waiting submissions, oldest first. */
export type PublicSubmission = Schemas['PublicSubmissionView'];
export type AcceptBody = Schemas['AcceptPublicSubmission'];

const path = (id: string, action: 'accept' | 'discard') =>
  `/public-submissions/${encodeURIComponent(id)}/${action}`;

export async function listQueue(api: ApiClient, signal?: AbortSignal): Promise<PublicSubmission[]> {
  return [
    ...(await api.read<Schemas['PublicSubmissionQueue']>('/public-submissions', signal)).items,
  ];
}

export async function accept(api: ApiClient, id: string, body: AcceptBody): Promise<void> {
  await api.write('POST', path(id, 'accept'), body);
}

export async function discard(api: ApiClient, id: string, reason: string): Promise<void> {
  await api.write('POST', path(id, 'discard'), { reason });
}
