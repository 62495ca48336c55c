/**
 * libvoikko or its Finnish dictionary could not be loaded (Debian: `libvoikko1` and
 * `voikko-fi`). With RAKE_TEXT_ANALYZER=auto the app then falls back to character n-grams.
 */
export class VoikkoUnavailableError extends Error {
  readonly code = 'voikko_unavailable';
  constructor(reason: string) {
    super(`Voikko is not available: ${reason}`);
    this.name = 'VoikkoUnavailableError';
  }
}
