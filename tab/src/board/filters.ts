import type { BoardFilters } from '../api/client';
import type { Status } from '../api/types';

/** The filter form as typed; '' means "all". */
export type FilterValues = {
  readonly status: Status | '';
  readonly serviceArea: string;
  readonly municipality: string;
  readonly topic: string;
  readonly period: string;
  readonly q: string;
};

export const NO_FILTERS: FilterValues = {
  status: '',
  serviceArea: '',
  municipality: '',
  topic: '',
  period: '',
  q: '',
};

export function toQuery(v: FilterValues): BoardFilters {
  return {
    status: v.status ? [v.status] : undefined,
    serviceArea: v.serviceArea || undefined,
    municipality: v.municipality || undefined,
    topic: v.topic || undefined,
    period: v.period || undefined,
    q: v.q.trim() || undefined,
  };
}
