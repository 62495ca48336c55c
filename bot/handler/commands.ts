import { TurnContext } from 'botbuilder';
import { listMyObservations } from '../../src/app';
import { helpCard, myReportsCard, noticeCard } from '../cards';
import { botCatalogue, botLocale } from '../i18n';
import { actorOf } from './actor-of';
import type { BotDeps } from './bot-deps';
import { cardMessage, contextFor } from './card-reply';

export type Command = 'help' | 'my_reports';

/** Command words in fi, sv and en; anyone may type any of them. */
const WORDS: Readonly<Record<string, Command>> = {
  help: 'help',
  ohje: 'help',
  apua: 'help',
  hjälp: 'help',
  '?': 'help',
  'my reports': 'my_reports',
  mine: 'my_reports',
  omat: 'my_reports',
  'omat havainnot': 'my_reports',
  mina: 'my_reports',
  'mina observationer': 'my_reports',
};

/** Mentions stripped, case and extra spaces ignored. */
export function parseCommand(text: string): Command | null {
  const words = text
    .toLowerCase()
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return WORDS[words] ?? null;
}

/** A typed message: help, my reports, or a pointer to help. */
export async function onCommand(context: TurnContext, deps: BotDeps): Promise<void> {
  const ctx = contextFor(deps, context.activity);
  const command = parseCommand(TurnContext.removeRecipientMention(context.activity) ?? '');
  if (command === 'help') {
    await context.sendActivity(cardMessage(helpCard(ctx)));
    return;
  }
  const t = botCatalogue(botLocale(context.activity.locale));
  if (command === 'my_reports') {
    const actor = await actorOf(context.activity, deps.app.staff);
    if (actor === null) {
      await context.sendActivity(cardMessage(noticeCard(t.myReports.title, t.action.notSignedIn)));
      return;
    }
    // The first page only: the card shows the newest few and links to the tab for the rest.
    const mine = await listMyObservations(deps.app, actor);
    if (!mine.ok) throw new Error(`my reports refused: ${mine.error.code}`);
    const { items, nextCursor } = mine.value;
    await context.sendActivity(cardMessage(myReportsCard(ctx, items, nextCursor !== null)));
    return;
  }
  await context.sendActivity(cardMessage(noticeCard(t.help.title, t.unknownCommand)));
}
