import { z } from 'zod';
import type { CountyConfig } from '../../../domain/county/county-config';
import { AMENDABLE_FIELDS } from '../../../domain/observation/observation';
import { MAX_MESSAGE_LENGTH, MESSAGE_SIDES } from '../../../domain/message/observation-message';
import { instant } from './common-schemas';
import { createRequestSchemas } from './request-schemas';
import { ObservationView, Warning } from './response-schemas';

/** Issue 13, reporters' follow-up: resubmit after a return, and the message thread. */
export function createFollowUpSchemas(county: CountyConfig) {
  const { ObservationDraft } = createRequestSchemas(county);
  const pick = Object.fromEntries(AMENDABLE_FIELDS.map((field) => [field, true as const])) as {
    [K in (typeof AMENDABLE_FIELDS)[number]]: true;
  };
  const ResubmitRequest = ObservationDraft.pick(pick)
    .partial()
    .describe(
      'Any of the form’s fields; the rest stay as filed. The amended whole is checked as a filing is',
    );
  const ObservationMessage = z.object({
    id: z.string(),
    observationId: z.string(),
    authorId: z.string(),
    authorName: z.string(),
    side: z
      .enum(MESSAGE_SIDES)
      .describe('reporter: the reporter or a co-reporter; handler: a supervisor or a RAKE role'),
    text: z.string(),
    at: instant,
  });
  return {
    ResubmitRequest,
    ResubmittedObservation: ObservationView.extend({ warnings: z.array(Warning) }),
    MessageRequest: z.strictObject({
      text: z
        .string()
        .min(1)
        .max(MAX_MESSAGE_LENGTH)
        .describe(
          'A personal identity code is refused (personal_data); other personal data warned',
        ),
    }),
    ObservationMessage,
    MessageList: z.object({ items: z.array(ObservationMessage) }),
    PostedMessage: ObservationMessage.extend({ warnings: z.array(Warning) }),
  };
}
