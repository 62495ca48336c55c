/** `?lang=fi|sv|en` and `?as=<userId>` preselect the language and the dev identity. */
export function urlParam(name: 'lang' | 'as'): string | null {
  try {
    return new URLSearchParams(window.location.search).get(name);
  } catch {
    return null;
  }
}
