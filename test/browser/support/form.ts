import type { Page } from 'playwright-core';
import { demoPeople, type Rake } from './rake';

export type FormInput = {
  readonly kind?: 'negative' | 'positive' | 'other';
  readonly description: string;
  readonly solutionProposal?: string;
  readonly topic: string;
  readonly serviceArea: string;
  readonly municipality: string;
  readonly targetGroup: string;
  readonly supervisorId?: string;
};

/**
 * A valid form for the demo county with this description: the first topic, municipality and
 * target group, and the demo reporter's service area.
 */
export function demoFormInput(
  rake: Rake,
  description: string,
  extra: Partial<FormInput> = {},
): FormInput {
  return {
    description,
    topic: rake.config.topics[0]!.id,
    serviceArea: demoPeople(rake.identities).serviceArea,
    municipality: rake.config.municipalities[0]!.id,
    targetGroup: rake.config.targetGroups[0]!.id,
    ...extra,
  };
}

/** Fills the observation form the way a person does: radio, text areas, selects. */
export async function fillObservationForm(page: Page, input: FormInput): Promise<void> {
  await page.locator(`#kind input[value="${input.kind ?? 'negative'}"]`).check();
  await page.locator('#description').fill(input.description);
  if (input.solutionProposal !== undefined) {
    await page.locator('#solutionProposal').fill(input.solutionProposal);
  }
  await page.locator('#topic').selectOption(input.topic);
  await page.locator('#serviceArea').selectOption(input.serviceArea);
  await page.locator('#municipality').selectOption(input.municipality);
  await page.locator('#targetGroup').selectOption(input.targetGroup);
  if (input.supervisorId) {
    await page.locator(`#supervisorId option[value="${input.supervisorId}"]`).waitFor({
      state: 'attached',
    });
    await page.locator('#supervisorId').selectOption(input.supervisorId);
  }
}

/** The text of the validation message the control is described by (Fluent Field wiring). */
export async function describedByText(page: Page, selector: string): Promise<string> {
  const ids = (await page.locator(selector).getAttribute('aria-describedby')) ?? '';
  const texts: string[] = [];
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    const el = page.locator(`[id="${id}"]`);
    if ((await el.count()) > 0) texts.push(await el.innerText());
  }
  return texts.join('\n');
}
