import type { Phenomenon } from '../../domain/phenomenon/phenomenon';

/** A phenomenon as the API shows it: the record and how many observations it links. */
export type PhenomenonView = Phenomenon & { readonly observationCount: number };

export const toPhenomenonView = (
  phenomenon: Phenomenon,
  observationCount: number,
): PhenomenonView => ({ ...phenomenon, observationCount });
