import { expandTemplate, type CardJson } from './render-card';
import template from './templates/list.json';

/** Texts are escaped by the caller: some are ours, some the users'. */
export type ListCardData = {
  readonly title: string;
  readonly intro?: readonly string[];
  readonly factSets?: readonly {
    readonly heading: string;
    readonly facts: readonly { readonly title: string; readonly value: string }[];
  }[];
  readonly items?: readonly { readonly text: string; readonly detail: string }[];
  readonly more?: string;
  readonly links?: readonly { readonly label: string; readonly url: string }[];
};

/** The shape shared by help, welcome, my reports, digest and reminder. */
export function listCard(data: ListCardData): CardJson {
  return expandTemplate(template, {
    title: data.title,
    intro: data.intro ?? [],
    factSets: (data.factSets ?? []).filter((set) => set.facts.length > 0),
    items: data.items ?? [],
    more: data.more ?? '',
    links: data.links ?? [],
  });
}
