/**
 * `?lang=fi|sv|en` and `?as=<userId>` preselect the language and the dev identity;
 * `?meeting=<id>` (with `#workspace`, the digest card's link) opens a meeting's agenda, and
 * `?report=<id>` (the publication card's link) a report.
 */
export function urlParam(name: 'lang' | 'as' | 'meeting' | 'report'): string | null {
  try {
    return new URLSearchParams(window.location.search).get(name);
  } catch {
    return null;
  }
}

/**
 * Writes `?<name>=<value>` into the address without a reload or a history entry, so that a
 * reload (or a copied link) keeps what the user chose.
 */
export function setUrlParam(name: 'lang' | 'as', value: string): void {
  try {
    const url = new URL(window.location.href);
    if (url.searchParams.get(name) === value) return;
    url.searchParams.set(name, value);
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // a host that forbids it: the stored choice still applies where the URL does not say
  }
}

/** Takes `?<name>=` out of the address once it has been acted on (no reload, no history entry). */
export function dropUrlParam(name: 'meeting' | 'report'): void {
  try {
    const url = new URL(window.location.href);
    if (!url.searchParams.has(name)) return;
    url.searchParams.delete(name);
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // a host that forbids it: the link only opens the same agenda again
  }
}
