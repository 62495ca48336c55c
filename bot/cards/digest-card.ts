import type { DigestData, ReminderData } from '../../src/domain/notification/notification';
import { STATUS_CHOICES } from '../../src/i18n';
import { cardTools, type CardContext } from './card-context';
import { escapeCardText, userText } from './escape-text';
import { formatDate } from './format-date';
import { listCard } from './list-card';
import { scaled, withinSizeLimit, type CardJson } from './render-card';
import { agendaLink, tabLink } from './tab-links';
import { scheduledMeetingId } from '../../src/domain/meeting/scheduled-meetings';

const MAX_ROWS = 30;

/** Before a RAKE meeting, to the RAKE channel: counts and the new observations. */
export function digestCard(ctx: CardContext, data: DigestData): CardJson {
  const { t, label } = cardTools(ctx);
  const zone = ctx.county.timeZone;
  return withinSizeLimit((detail) => {
    const rows = data.items.slice(0, scaled(MAX_ROWS, detail));
    const hidden = data.total - rows.length;
    return listCard({
      title: escapeCardText(t.digest.title(formatDate(data.meetingDate, zone))),
      intro: [
        escapeCardText(t.digest.since(formatDate(data.since, zone))),
        escapeCardText(t.digest.total(data.total)),
      ],
      factSets: [
        {
          heading: escapeCardText(t.digest.byTopic),
          facts: data.byTopic.map((g) => ({
            title: label(ctx.county.topics, g.id),
            value: String(g.count),
          })),
        },
        {
          heading: escapeCardText(t.digest.byServiceArea),
          facts: data.byServiceArea.map((g) => ({
            title: label(ctx.county.serviceAreas, g.id),
            value: String(g.count),
          })),
        },
      ],
      items: rows.map((item) => ({
        text: userText(item.excerpt, scaled(200, detail, 40)),
        detail:
          `${label(ctx.county.topics, item.topic)} · ` +
          `${label(ctx.county.serviceAreas, item.serviceArea)} · ` +
          escapeCardText(STATUS_CHOICES.find((c) => c.id === item.status)?.label[ctx.locale] ?? ''),
      })),
      more: hidden > 0 ? escapeCardText(t.digest.more(hidden)) : '',
      links: [
        // The meeting's agenda (a digest from before meetings were records: the rhythm's).
        {
          label: t.digest.agenda,
          url: agendaLink(ctx.links, data.meetingId ?? scheduledMeetingId(data.meetingDate)),
        },
        { label: t.digest.board, url: tabLink(ctx.links, 'board', null) },
      ],
    });
  });
}

/** To a supervisor whose observations have waited too long for a move. */
export function reminderCard(ctx: CardContext, data: ReminderData): CardJson {
  const { t, dateTime } = cardTools(ctx);
  return withinSizeLimit((detail) => {
    const rows = data.items.slice(0, scaled(MAX_ROWS, detail));
    const hidden = data.items.length - rows.length;
    return listCard({
      title: escapeCardText(t.reminder.title),
      intro: [escapeCardText(t.reminder.text(data.waitingDays, data.items.length))],
      items: rows.map((item) => ({
        text: userText(item.excerpt, scaled(200, detail, 40)),
        detail: dateTime(item.createdAt),
      })),
      more: hidden > 0 ? escapeCardText(t.digest.more(hidden)) : '',
      links: [{ label: t.reminder.open, url: tabLink(ctx.links, 'board', null) }],
    });
  });
}
