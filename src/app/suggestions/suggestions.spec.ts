import { createSqliteStore } from '../../adapters/sqlite';
import { createWorkspaceTestData } from '../../ports/testing/workspace-builder';
import type { AppDeps } from '../app-deps';
import { actor, fileAs, STAFF, useAppDeps } from '../testing';
import { findSimilarObservations } from './find-similar-observations';
import { ngramAnalyzer } from './ngram-analyzer';
import { suggestPhenomena } from './suggest-phenomena';
import { createSuggestionIndex } from './suggestion-index';

describe('phenomenon suggestions and near-duplicates', () => {
  const fixture = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));
  const workspace = createWorkspaceTestData();
  // The n-gram analyzer, so these run the same with and without Voikko installed.
  let deps: () => AppDeps;
  beforeEach(() => {
    const made = { ...fixture.deps(), suggestions: createSuggestionIndex(ngramAnalyzer) };
    deps = () => made;
  });

  const phenomenon = (title: string, description: string) =>
    deps().phenomena.create(workspace.phenomenon({ title, description }));

  async function threePhenomena() {
    return {
      evictions: await phenomenon(
        'Häätöjen lisääntyminen',
        'Perheitä häädetään vuokra-asunnoista, ja häätö vie kodin.',
      ),
      youth: await phenomenon(
        'Nuorten mielenterveyspalvelujen jonot',
        'Nuoret jonottavat psykiatriseen hoitoon kuukausia.',
      ),
      loneliness: await phenomenon(
        'Ikäihmisten yksinäisyys',
        'Kotona asuvat ikäihmiset ovat yksinäisiä.',
      ),
    };
  }

  it('suggests the phenomenon with the words that matched, best first, at most three', async () => {
    const { evictions } = await threePhenomena();
    const observation = await fileAs(deps(), 'reporter', {
      description: 'Lapsiperheet ovat saaneet häätöuhan, ja häätöpäätösten määrä kasvaa.',
    });

    const result = await suggestPhenomena(deps(), actor('rakeMember'), observation.id);

    expect(result.ok).toBe(true);
    const items = result.ok ? result.value.items : [];
    expect(items.length).toBeGreaterThanOrEqual(1);
    expect(items.length).toBeLessThanOrEqual(3);
    expect(items[0]).toEqual({
      phenomenonId: evictions.id,
      title: 'Häätöjen lisääntyminen',
      score: expect.any(Number),
      matchedTerms: expect.arrayContaining(['häätöuhan']),
    });
    expect(items[0]?.score).toBeGreaterThan(0);
    expect(items[0]?.score).toBeLessThanOrEqual(1);
  });

  it('does not suggest a phenomenon the observation is already linked to', async () => {
    const { evictions } = await threePhenomena();
    const observation = await fileAs(deps(), 'reporter', {
      description: 'Perheitä häädetään, kun häätöuhka toteutuu.',
    });
    await deps().phenomena.link({
      phenomenonId: evictions.id,
      observationId: observation.id,
      linkedBy: STAFF.rakeMember.id,
      linkedAt: deps().clock.now().toISOString(),
    });

    const result = await suggestPhenomena(deps(), actor('rakeMember'), observation.id);

    expect(result.ok && result.value.items.map((item) => item.phenomenonId)).not.toContain(
      evictions.id,
    );
  });

  it("learns a phenomenon's words from the observations linked to it", async () => {
    const vague = await phenomenon('Ilmiö A', 'Työryhmä kuvaa tämän myöhemmin.');
    const linked = await fileAs(deps(), 'reporter', {
      description: 'Koulukuljetusten aikataulut eivät sovi vuorotyötä tekeville vanhemmille.',
    });
    const next = await fileAs(deps(), 'reporter', {
      description: 'Vuorotyötä tekevien vanhempien lapset jäävät ilman koulukuljetusta.',
    });
    const before = await suggestPhenomena(deps(), actor('rakeMember'), next.id);
    expect(before.ok && before.value.items).toEqual([]);

    await deps().phenomena.link({
      phenomenonId: vague.id,
      observationId: linked.id,
      linkedBy: STAFF.rakeMember.id,
      linkedAt: deps().clock.now().toISOString(),
    });
    const after = await suggestPhenomena(deps(), actor('rakeMember'), next.id);

    expect(after.ok && after.value.items.map((item) => item.phenomenonId)).toEqual([vague.id]);
  });

  it('finds near-duplicates, newest filings included, never the observation itself', async () => {
    const first = await fileAs(deps(), 'reporter', {
      description: 'Nuoret odottavat pääsyä mielenterveyspalveluihin puoli vuotta.',
    });
    const unrelated = await fileAs(deps(), 'reporter', {
      description: 'Ikäihmisten yksinäisyys näkyy kotikäynneillä.',
    });
    expect(await findSimilarObservations(deps(), actor('rakeMember'), first.id)).toEqual({
      ok: true,
      value: { items: [] },
    });

    const twin = await fileAs(deps(), 'colleague', {
      description: 'Nuoret odottavat pääsyä mielenterveyspalveluihin jopa puoli vuotta.',
    });
    const result = await findSimilarObservations(deps(), actor('rakeMember'), first.id);

    const items = result.ok ? result.value.items : [];
    expect(items.map((item) => item.observationId)).toEqual([twin.id]);
    expect(items[0]?.score).toBeGreaterThan(0.5);
    expect(items[0]?.matchedTerms).toEqual(expect.arrayContaining(['mielenterveyspalveluihin']));
    expect(items.map((item) => item.observationId)).not.toContain(unrelated.id);
  });

  it('shows a supervisor only near-duplicates from their own board', async () => {
    const text = 'Päihdeasiakkaat eivät pääse katkaisuhoitoon, paikkoja on liian vähän.';
    const mine = await fileAs(deps(), 'reporter', { description: text });
    const elsewhere = await fileAs(deps(), 'reporter', {
      description: text,
      serviceArea: 'child_welfare',
    });

    const supervisor = await findSimilarObservations(deps(), actor('supervisor'), mine.id);
    const rake = await findSimilarObservations(deps(), actor('rakeMember'), mine.id);

    expect(supervisor.ok && supervisor.value.items).toEqual([]);
    expect(rake.ok && rake.value.items.map((item) => item.observationId)).toEqual([elsewhere.id]);
  });

  it.each(['reporter', 'editor'] as const)('refuses a %s (no board): 403', async (who) => {
    const observation = await fileAs(deps(), who);
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    expect(await suggestPhenomena(deps(), actor(who), observation.id)).toEqual(forbidden);
    expect(await findSimilarObservations(deps(), actor(who), observation.id)).toEqual(forbidden);
  });

  it("answers 404 for an observation outside the caller's board, or none", async () => {
    const children = await fileAs(deps(), 'reporter', { serviceArea: 'child_welfare' });
    const notFound = { ok: false, error: { code: 'not_found' } };
    expect(await suggestPhenomena(deps(), actor('supervisor'), children.id)).toEqual(notFound);
    expect(await findSimilarObservations(deps(), actor('supervisor'), 'nope')).toEqual(notFound);
  });

  it('works without an index in the deps (one per store, n-grams)', async () => {
    const { youth } = await threePhenomena();
    const observation = await fileAs(deps(), 'reporter', {
      description: 'Nuorten psykiatrisen hoidon jonot ovat kuukausien mittaiset.',
    });
    const { suggestions: _none, ...bare } = deps();
    const result = await suggestPhenomena(bare, actor('coordinator'), observation.id);
    expect(result.ok && result.value.items[0]?.phenomenonId).toBe(youth.id);
  });
});
