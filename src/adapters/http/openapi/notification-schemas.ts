import { LOCALES } from '../../../domain/shared/localized-text';
import { z } from 'zod';
import { ATTENTION_STATES } from '../../../app/digest';
import { NOTIFICATION_KINDS } from '../../../domain/notification/notification';
import { DELIVERY_STATES } from '../../../ports';
import { instant } from './common-schemas';

/* The digest, RAKE-channel and delivery routes (issue 4). */

export const DigestSent = z.object({
  key: z.string().describe('The outbox key: one digest per meeting and day'),
  meetingDate: z.iso.date(),
  since: z.iso.date().describe('The previous meeting: observations filed on or after it'),
  total: z.number().int(),
  listed: z.number().int().describe('Items on the card; total - listed are "and N more"'),
  channel: z
    .string()
    .nullable()
    .describe('The RAKE channel it goes to; null: the app is in no team, so it waits until it is'),
});

export const DigestPreview = z.object({
  meetingDate: z.iso.date(),
  since: z.iso.date(),
  total: z.number().int(),
  channel: z.string().nullable().describe('Where it would go; null: the app is in no team'),
  card: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe('The Adaptive Card as the channel would get it, in the caller’s language'),
});

const ChannelChoice = z.object({
  teamId: z.string(),
  name: z.string(),
  current: z.boolean(),
});
export const RakeChannel = z.object({
  current: ChannelChoice.nullable(),
  channels: z.array(ChannelChoice),
});
export const RakeChannelChoice = z.strictObject({ teamId: z.string().min(1) });

/** The language the tab works in; cards follow it. */
export const LocaleChoice = z.strictObject({ locale: z.enum(LOCALES) });

export const Delivery = z.object({
  key: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  recipient: z.union([
    z.object({ kind: z.literal('user'), userId: z.string() }),
    z.object({ kind: z.literal('rake_channel') }),
  ]),
  state: z.enum(DELIVERY_STATES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: instant,
});
export const DeliveryList = z.object({ items: z.array(Delivery) });
export const DeliveryRetried = z.object({ key: z.string() });
export const DeliveryAttentionState = z.enum(ATTENTION_STATES);
