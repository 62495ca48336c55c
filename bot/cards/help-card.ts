import { cardTools, type CardContext } from './card-context';
import { escapeCardText, userText } from './escape-text';
import { listCard } from './list-card';
import type { CardJson } from './render-card';
import { tabLink } from './tab-links';

/** `help`: the commands the bot knows, in the user's language. */
export function helpCard(ctx: CardContext): CardJson {
  const { t } = cardTools(ctx);
  return listCard({
    title: escapeCardText(t.help.title),
    intro: [escapeCardText(t.help.intro)],
    factSets: [
      {
        heading: '',
        facts: t.help.commands.map((c) => ({
          title: escapeCardText(c.command),
          value: escapeCardText(c.text),
        })),
      },
    ],
    links: [{ label: t.myReports.open, url: tabLink(ctx.links, 'mine', null) }],
  });
}

/** On install: who the bot is and, in personal scope, the commands. */
export function welcomeCard(ctx: CardContext, scope: 'personal' | 'team'): CardJson {
  const { t } = cardTools(ctx);
  if (scope === 'team') {
    return listCard({
      title: escapeCardText(t.welcome.title),
      intro: [escapeCardText(t.welcome.teamText)],
    });
  }
  return listCard({
    title: escapeCardText(t.welcome.title),
    intro: [escapeCardText(t.welcome.text), escapeCardText(t.help.intro)],
    factSets: [
      {
        heading: '',
        facts: t.help.commands.map((c) => ({
          title: escapeCardText(c.command),
          value: escapeCardText(c.text),
        })),
      },
    ],
  });
}

/** A one-line answer (unknown command, refusals) as a card, so it renders like the rest. */
export function noticeCard(title: string, text: string): CardJson {
  return listCard({ title: userText(title, 200), intro: [userText(text, 2000)] });
}
