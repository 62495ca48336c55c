import type { Notification } from '../../src/domain/notification/notification';
import type { CardContext } from './card-context';
import { digestCard, reminderCard } from './digest-card';
import { observationCard } from './observation-card';
import type { CardJson } from './render-card';
import { statusChangedCard } from './status-changed-card';
import { proposalChangedCard } from './proposal-changed-card';
import { enrichmentCard } from './enrichment-card';
import { reportPublishedCard } from './report-published-card';
import { observationInReportCard } from './observation-in-report-card';
import { messageCard, withdrawnCard } from './follow-up-cards';

/** The card a notification is sent as, in the recipient's language. */
export function notificationCard(ctx: CardContext, notification: Notification): CardJson {
  switch (notification.kind) {
    case 'new_observation':
      return observationCard(ctx, notification.data);
    case 'status_changed':
      return statusChangedCard(ctx, notification.data);
    case 'digest':
      return digestCard(ctx, notification.data);
    case 'reminder':
      return reminderCard(ctx, notification.data);
    case 'proposal_changed':
      return proposalChangedCard(ctx, notification.data);
    case 'enrichment_requested':
      return enrichmentCard(ctx, notification.data);
    case 'report_published':
      return reportPublishedCard(ctx, notification.data);
    case 'observation_in_report':
      return observationInReportCard(ctx, notification.data);
    case 'observation_withdrawn':
      return withdrawnCard(ctx, notification.data);
    case 'observation_message':
      return messageCard(ctx, notification.data);
  }
}
