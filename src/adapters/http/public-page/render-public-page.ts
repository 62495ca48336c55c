import type { PublicStatusView } from '../../../app/public-form';
import type { CountyConfig } from '../../../domain/county/county-config';
import { REPORTER_TYPES } from '../../../domain/public-form/public-submission';
import { formatReceipt } from '../../../domain/public-form/receipt';
import { offeredChoices } from '../../../domain/public-form/validate-public-submission';
import { LOCALES, type Choice, type Locale } from '../../../domain/shared/localized-text';
import { KIND_CHOICES } from '../../../i18n';
import { markup, type Html } from './html';
import { PUBLIC_PAGE_TEXTS, type PublicPageTexts } from './public-page-texts';

/** Where the pages live: the form at /public, the status at /public/status/<receipt>. */
export const PUBLIC_PATH = '/public';
export const PUBLIC_CSS_PATH = '/public/public.css';
export const statusPath = (receipt: string): string =>
  `${PUBLIC_PATH}/status/${encodeURIComponent(receipt)}`;

/** A message for one field (already in the page's language). */
export type FieldMessage = { readonly field: string; readonly message: string };

export type FormValues = {
  readonly kind?: string;
  readonly description?: string;
  readonly solutionProposal?: string;
  readonly municipality?: string;
  readonly targetGroup?: string;
  readonly reporterType?: string;
  readonly contactEmail?: string;
  readonly contactConsent?: boolean;
};

type Page = {
  readonly locale: Locale;
  readonly county: CountyConfig;
  /** The page's own path (without ?lang), for the language links. */
  readonly path: string;
};

const DATE_LOCALES: Readonly<Record<Locale, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const withLang = (path: string, locale: Locale): string => `${path}?lang=${locale}`;
const fieldId = (field: string): string => `field-${field}`;
const when = (condition: boolean, part: Html): Html | '' => (condition ? part : '');

function layout(page: Page, title: string, main: Html): string {
  const t = PUBLIC_PAGE_TEXTS[page.locale];
  const county = page.county.name[page.locale];
  const links = LOCALES.map(
    (locale) =>
      markup`<li><a href="${withLang(page.path, locale)}" lang="${locale}" hreflang="${locale}"${when(
        locale === page.locale,
        markup` aria-current="page"`,
      )}>${PUBLIC_PAGE_TEXTS[locale].languageName}</a></li>`,
  );
  return markup`<!doctype html>
<html lang="${page.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} – ${county}</title>
<link rel="stylesheet" href="${PUBLIC_CSS_PATH}">
</head>
<body>
<header>
<nav aria-label="${t.languageNav}"><ul>${links}</ul></nav>
<p>${county}</p>
</header>
<main id="main">
${main}
</main>
</body>
</html>
`.text;
}

const messageOf = (messages: readonly FieldMessage[], field: string): string | null =>
  messages.find((m) => m.field === field)?.message ?? null;

/** The describedby of a field: its hint and its error, those it has. */
const describedBy = (field: string, hint: boolean, error: string | null): string =>
  [hint ? `${field}-hint` : null, error !== null ? `${field}-error` : null]
    .filter((id) => id !== null)
    .join(' ');

const errorLine = (field: string, error: string | null): Html | '' =>
  error === null ? '' : markup`<span class="error" id="${field}-error">${error}</span>`;

const requiredMark = (t: PublicPageTexts): Html =>
  markup` <span class="required">(${t.required})</span>`;

const invalidAttributes = (field: string, error: string | null, hint: boolean): Html => {
  const by = describedBy(field, hint, error);
  return markup`${when(error !== null, markup` aria-invalid="true"`)}${when(
    by !== '',
    markup` aria-describedby="${by}"`,
  )}`;
};

function select(
  field: 'municipality' | 'targetGroup',
  label: string,
  list: readonly Choice[],
  page: Page,
  value: string | undefined,
  problems: readonly FieldMessage[],
): Html {
  const t = PUBLIC_PAGE_TEXTS[page.locale];
  const error = messageOf(problems, field);
  const options = offeredChoices(list).map(
    (choice) =>
      markup`<option value="${choice.id}"${when(choice.id === value, markup` selected`)}>${
        choice.label[page.locale]
      }</option>`,
  );
  return markup`<div class="field${error === null ? '' : ' invalid'}">
<label for="${fieldId(field)}">${label}${requiredMark(t)}</label>
${errorLine(field, error)}
<select id="${fieldId(field)}" name="${field}" required${invalidAttributes(field, error, false)}>
<option value="">${t.choose}</option>
${options}
</select>
</div>`;
}

function radios(
  field: 'kind' | 'reporterType',
  legend: string,
  choices: readonly { readonly id: string; readonly label: string }[],
  page: Page,
  value: string | undefined,
  problems: readonly FieldMessage[],
): Html {
  const t = PUBLIC_PAGE_TEXTS[page.locale];
  const error = messageOf(problems, field);
  // The first radio has the field's id: the error summary's link lands on the group.
  const idOf = (index: number, id: string) =>
    index === 0 ? fieldId(field) : `${fieldId(field)}-${id}`;
  const items = choices.map(
    (choice, index) => markup`<div class="choice">
<input type="radio" id="${idOf(index, choice.id)}" name="${field}" value="${choice.id}" required${when(
      choice.id === value,
      markup` checked`,
    )}>
<label for="${idOf(index, choice.id)}">${choice.label}</label>
</div>`,
  );
  return markup`<fieldset class="field${error === null ? '' : ' invalid'}"${when(
    error !== null,
    markup` aria-describedby="${field}-error"`,
  )}>
<legend>${legend}${requiredMark(t)}</legend>
${errorLine(field, error)}
${items}
</fieldset>`;
}

function textarea(
  field: 'description' | 'solutionProposal',
  label: string,
  hint: string,
  required: boolean,
  page: Page,
  value: string | undefined,
  problems: readonly FieldMessage[],
  warnings: readonly FieldMessage[],
): Html {
  const t = PUBLIC_PAGE_TEXTS[page.locale];
  const problem = messageOf(problems, field);
  const shown = problem ?? messageOf(warnings, field);
  const by = describedBy(field, true, shown);
  // The text goes in as typed. HTML drops one line break right after <textarea>, so one is
  // written there: a text that begins with a line break keeps it.
  return markup`<div class="field${problem === null ? '' : ' invalid'}">
<label for="${fieldId(field)}">${label}${when(required, requiredMark(t))}</label>
<span class="hint" id="${field}-hint">${hint}</span>
${errorLine(field, shown)}
<textarea id="${fieldId(field)}" name="${field}" rows="8"${when(required, markup` required`)}${when(
    problem !== null,
    markup` aria-invalid="true"`,
  )} aria-describedby="${by}">${'\n'}${value ?? ''}</textarea>
</div>`;
}

export type FormPageInput = Page & {
  /** The server's time the form was rendered (ms): the minimum fill time counts from it. */
  readonly startedAt: number;
  readonly values: FormValues;
  readonly problems: readonly FieldMessage[];
  /** Likely personal data: the reporter confirms before the form is sent again. */
  readonly warnings: readonly FieldMessage[];
};

/**
 * The form, plain HTML that works without JavaScript: it posts to /public, which answers with
 * the receipt, or with this page again, its problems listed at the top (focused) and at each
 * field. Likely personal data asks for a confirmation before anything is stored.
 */
export function renderFormPage(input: FormPageInput): string {
  const { locale, county, values, problems, warnings } = input;
  const t = PUBLIC_PAGE_TEXTS[locale];
  const summary =
    problems.length === 0
      ? ''
      : markup`<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${t.errorSummary}</h2>
<ul>${problems.map((p) => markup`<li><a href="#${fieldId(p.field)}">${p.message}</a></li>`)}</ul>
</div>`;
  const focusWarnings = problems.length === 0;
  const warned =
    warnings.length === 0
      ? ''
      : markup`<div class="warning-summary"${when(
          focusWarnings,
          markup` role="alert" tabindex="-1" autofocus`,
        )} aria-labelledby="warning-summary-title">
<h2 id="warning-summary-title">${t.warningsTitle}</h2>
<ul>${warnings.map((w) => markup`<li><a href="#${fieldId(w.field)}">${w.message}</a></li>`)}</ul>
<div class="choice"><input type="checkbox" id="field-confirmed" name="confirmed" value="1" form="public-form">
<label for="field-confirmed">${t.confirm}</label></div>
</div>`;
  const emailError = messageOf(problems, 'contactEmail');
  const consentError = messageOf(problems, 'contactConsent');
  const body = markup`<h1>${t.title}</h1>
${summary}
${warned}
<p>${t.intro}</p>
<p class="notice">${t.privacy}</p>
<p>${t.urgent}</p>
<form id="public-form" method="post" action="${withLang(PUBLIC_PATH, locale)}" novalidate>
<input type="hidden" name="startedAt" value="${input.startedAt}">
${radios(
  'kind',
  t.kind,
  KIND_CHOICES.map((c) => ({ id: c.id, label: c.label[locale] })),
  input,
  values.kind,
  problems,
)}
${textarea('description', t.description, t.descriptionHint, true, input, values.description, problems, warnings)}
${textarea('solutionProposal', t.solutionProposal, t.solutionHint, false, input, values.solutionProposal, problems, warnings)}
${select('municipality', t.municipality, county.municipalities, input, values.municipality, problems)}
${select('targetGroup', t.targetGroup, county.targetGroups, input, values.targetGroup, problems)}
${radios(
  'reporterType',
  t.reporterType,
  REPORTER_TYPES.map((id) => ({ id, label: t.reporterTypes[id] })),
  input,
  values.reporterType,
  problems,
)}
<div class="field${emailError === null ? '' : ' invalid'}">
<label for="field-contactEmail">${t.contactEmail}</label>
<span class="hint" id="contactEmail-hint">${t.contactHint}</span>
${errorLine('contactEmail', emailError)}
<input type="email" id="field-contactEmail" name="contactEmail" autocomplete="email" value="${
    values.contactEmail ?? ''
  }"${invalidAttributes('contactEmail', emailError, true)}>
</div>
<div class="field${consentError === null ? '' : ' invalid'}">
${errorLine('contactConsent', consentError)}
<div class="choice"><input type="checkbox" id="field-contactConsent" name="contactConsent" value="1"${when(
    values.contactConsent === true,
    markup` checked`,
  )}${invalidAttributes('contactConsent', consentError, false)}>
<label for="field-contactConsent">${t.contactConsent}</label></div>
</div>
<div class="honeypot" aria-hidden="true">
<label for="field-website">${t.honeypot}</label>
<input type="text" id="field-website" name="website" tabindex="-1" autocomplete="off">
</div>
<button type="submit">${t.send}</button>
</form>`;
  return layout(input, problems.length > 0 ? `${t.errorTitlePrefix}${t.title}` : t.title, body);
}

/** The answer to a sent form: the receipt, and where to follow it. */
export function renderReceiptPage(page: Page & { readonly receipt: string }): string {
  const t = PUBLIC_PAGE_TEXTS[page.locale];
  return layout(
    page,
    t.thanksTitle,
    markup`<h1>${t.thanksTitle}</h1>
<div role="status">
<p>${t.thanks}</p>
<p>${t.receiptLabel}: <strong class="receipt" data-receipt="${page.receipt}">${formatReceipt(page.receipt)}</strong></p>
</div>
<p>${t.receiptKeep}</p>
<p><a href="${withLang(statusPath(page.receipt), page.locale)}">${t.followStatus}</a></p>
<p><a href="${withLang(PUBLIC_PATH, page.locale)}">${t.newSubmission}</a></p>`,
  );
}

function lookupForm(page: Page, typed: string, error: string | null): Html {
  const t = PUBLIC_PAGE_TEXTS[page.locale];
  return markup`<form method="get" action="${PUBLIC_PATH}/status">
<input type="hidden" name="lang" value="${page.locale}">
<div class="field${error === null ? '' : ' invalid'}">
<label for="field-receipt">${t.statusLookup}</label>
${errorLine('receipt', error)}
<input type="text" id="field-receipt" name="receipt" value="${typed}" autocomplete="off" spellcheck="false"${invalidAttributes(
    'receipt',
    error,
    false,
  )}>
</div>
<button type="submit">${t.statusLookupButton}</button>
</form>`;
}

/**
 * The status behind a receipt: the status and the day it was sent, nothing else. Without a
 * found receipt: the look-up form (with "not found" when one was typed).
 */
export function renderStatusPage(
  page: Page & { readonly view: PublicStatusView | null; readonly typed: string },
): string {
  const t = PUBLIC_PAGE_TEXTS[page.locale];
  const back = markup`<p><a href="${withLang(PUBLIC_PATH, page.locale)}">${t.backToForm}</a></p>`;
  if (page.view === null) {
    const error = page.typed === '' ? null : t.statusNotFound;
    return layout(
      page,
      t.statusTitle,
      markup`<h1>${t.statusTitle}</h1>
${lookupForm(page, page.typed, error)}
${back}`,
    );
  }
  const { view } = page;
  const status = t.statuses[view.status];
  const day = new Intl.DateTimeFormat(DATE_LOCALES[page.locale], {
    timeZone: page.county.timeZone,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(new Date(view.submittedAt));
  return layout(
    page,
    t.statusTitle,
    markup`<h1>${t.statusTitle}</h1>
<dl>
<dt>${t.receiptLabel}</dt><dd class="receipt">${formatReceipt(view.receipt)}</dd>
<dt>${t.submittedOn}</dt><dd>${day}</dd>
<dt>${t.statusLabel}</dt><dd><strong data-status="${view.status}">${status.label}</strong><br>${status.explanation}</dd>
</dl>
${back}`,
  );
}

/** A page for what is not there (the form off, an unknown path) or went wrong. */
export function renderMessagePage(
  page: Page & { readonly kind: 'not_found' | 'error'; readonly message?: string },
): string {
  const t = PUBLIC_PAGE_TEXTS[page.locale];
  const title = page.kind === 'not_found' ? t.notFoundTitle : t.errorTitle;
  return layout(
    page,
    title,
    markup`<h1>${title}</h1>
<p>${page.message ?? t.notFound}</p>`,
  );
}
