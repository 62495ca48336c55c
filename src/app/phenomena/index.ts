export type { PhenomenonView } from './phenomenon-view';
export { createPhenomenon } from './create-phenomenon';
export type { LinkedObservation, PhenomenonDetails } from './read-phenomena';
export { getPhenomenon, listPhenomena } from './read-phenomena';
export { updatePhenomenon } from './update-phenomenon';
export { linkObservation, unlinkObservation } from './link-observation';
export type { PhenomenonTrends } from './phenomenon-trends';
export { listPhenomenonTrends } from './phenomenon-trends';
