import { z } from 'zod';

/* Issue 11: phenomenon suggestions and near-duplicate observations, explained by their words. */

const score = z
  .number()
  .min(0)
  .max(1)
  .describe('Cosine similarity of the texts’ terms (TF-IDF), two decimals');
const matchedTerms = z
  .array(z.string())
  .max(5)
  .describe(
    'The observation’s words that weighed most, biggest first: base forms with Voikko ' +
      '("häätö", "vuokra"), the words as written with the n-gram fallback',
  );

export const PhenomenonSuggestions = z.object({
  items: z
    .array(z.object({ phenomenonId: z.string(), title: z.string(), score, matchedTerms }))
    .max(3),
});
export const SimilarObservations = z.object({
  items: z.array(z.object({ observationId: z.string(), score, matchedTerms })).max(5),
});
