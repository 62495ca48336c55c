import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import type { Schemas } from '../../api/types';

export type Indicator = Schemas['Indicator'];
export type Evidence = Indicator['evidence']['items'][number];

/** ['indicators', year]: the implementation plan's follow-up of one year. */
export const indicatorsQuery = (api: ApiClient, year: number) =>
  queryOptions({
    queryKey: ['indicators', year] as const,
    queryFn: ({ signal }) =>
      api.read<Schemas['IndicatorList']>(`/indicators?year=${encodeURIComponent(year)}`, signal),
  });
