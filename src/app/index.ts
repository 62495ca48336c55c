export type { AppDeps, ReportPublishing } from './app-deps';
export { extendDeps } from './app-deps';
export type { AppError } from './app-error';
export type { ObservationView } from './observation-view';
export { toObservationView } from './observation-view';
export type { SubmitOutcome } from './submit-observation';
export { submitObservation } from './submit-observation';
export type { MineFilters, MyReportsPage } from './list-my-observations';
export { listMyObservations, MINE_LIMIT } from './list-my-observations';
export { getObservation, openObservation } from './get-observation';
export type { BoardFilters } from './board-filters';
export { BOARD_LIMIT } from './board-filters';
export type { BoardPage } from './browse-board';
export { browseBoard } from './browse-board';
export type { AnswerTimeCacheOptions, AnswerTimes } from './answer-times';
export { cacheAnswerTimes, recomputedAnswerTimes } from './answer-times';
export { updateTriage } from './update-triage';
export { triageHistory } from './triage-history';
export { transitionObservation } from './transition-observation';
export { observationHistory } from './observation-history';
export type { StaffFilter, StaffSummary } from './list-staff';
export { listStaff } from './list-staff';
export type { CountyDescription } from './describe-county';
export { describeCounty } from './describe-county';
export type {
  StaffRegistration,
  StaffRegistrationOptions,
  StaffRegistrationOutcome,
} from './register-staff-member';
export { createStaffRegistration, registerStaffMember } from './register-staff-member';
export type { LedTo, ObservationWithOutcome } from './led-to';
export * from './phenomena';
export * from './proposals';
export * from './meetings';
export * from './compilations';
export * from './enrichments';
export * from './reports';
export * from './follow-up';
