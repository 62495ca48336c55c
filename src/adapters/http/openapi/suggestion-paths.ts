import { idParam, ok, stored } from './openapi-paths';

const WHO =
  'For those who may see the observation on their board: supervisors in scope, RAKE members, ' +
  'the coordinator and admins; reporters and editors 403, an observation the caller may not ' +
  'see 404.';
const HOW =
  'Scores are TF-IDF cosine similarities over Finnish terms: with Voikko (RAKE_TEXT_ANALYZER) ' +
  'base forms and compound parts, so "häätöuhan" and "häädetään" meet "häätö"; without it ' +
  'character n-grams. New observations are found on the next request.';

/** Issue 11: `GET /api/observations/{id}/phenomenon-suggestions` and `/similar`. */
export function suggestionPaths(): Record<string, unknown> {
  return {
    '/api/observations/{id}/phenomenon-suggestions': {
      get: {
        summary: 'The three phenomena the observation most likely belongs to, best first',
        description:
          `${WHO} ${HOW} Phenomena it is already linked to are not suggested; below a ` +
          'minimum score nothing is. A phenomenon is matched on its title, description and ' +
          'the observations linked to it.',
        parameters: [idParam],
        responses: {
          200: ok('Suggestions', 'PhenomenonSuggestions'),
          ...stored(401, 403, 404),
        },
      },
    },
    '/api/observations/{id}/similar': {
      get: {
        summary: 'Near-duplicates: the five observations worded most like this one',
        description: `${WHO} ${HOW} Only observations the caller may see; never itself.`,
        parameters: [idParam],
        responses: {
          200: ok('Similar observations', 'SimilarObservations'),
          ...stored(401, 403, 404),
        },
      },
    },
  };
}
