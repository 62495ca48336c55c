import type { CountyConfig } from '../county/county-config';
import { meetingDates } from '../notification/meeting-schedule';

/**
 * The id of the meeting the county's rhythm puts on `date`: the same in every instance, so
 * that making the year's meetings twice (two app instances, a retry) makes them once.
 */
export const scheduledMeetingId = (date: string): string => `meeting-${date}`;

/** The rhythm's meetings of these years, as the records to make when they are missing. */
export function scheduledMeetings(
  county: Pick<CountyConfig, 'meetings'>,
  years: readonly number[],
): { readonly id: string; readonly date: string }[] {
  return years.flatMap((year) =>
    meetingDates(county, year).map((date) => ({ id: scheduledMeetingId(date), date })),
  );
}
