export { enrichmentRecipients, requestEnrichment } from './request-enrichment';
export {
  answerEnrichment,
  assignEnrichment,
  closeEnrichment,
  getEnrichment,
  listEnrichments,
} from './work-on-enrichment';
export { ENRICHMENT_REMINDER_DAYS, sendEnrichmentReminders } from './enrichment-reminders';
