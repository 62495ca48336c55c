import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishedReport } from '../../domain/report/published-report';
import type { ReportLanguage } from '../../domain/report/report';
import type { IntranetPage, IntranetPublisherActor } from '../../ports/intranet-publisher';
import { IntranetPublishError } from '../../ports/intranet-publisher';
import { createReportTestData } from '../../ports/testing/report-builder';
import { createLocalIntranet, readIntranetFile, type RenderIntranetPage } from './index';

const EDITOR: IntranetPublisherActor = { staffId: 'user-editor', name: 'Eero', userToken: null };

function report(title: string, language: ReportLanguage = 'fi', version = 1): PublishedReport {
  return {
    id: 'report-1',
    kind: 'annual',
    language,
    locale: 'fi-FI',
    title,
    organisation: 'Kainuun hyvinvointialue',
    periodText: '1.1.2026–31.12.2026',
    dateText: 'Laadittu 30.11.2026',
    version,
    introduction: ['Johdanto.'],
    sections: [],
    forPublishing: true,
    labels: {
      contents: 'Sisällys',
      introduction: 'Johdanto',
      total: 'Yhteensä',
      figure: 'Kuvio',
      table: 'Taulukko',
    },
  };
}

const page = (slug: string, title: string, publishedAt: string, language?: ReportLanguage) =>
  ({
    slug,
    report: report(title, language),
    summary: `Yhteenveto: ${title}`,
    publishedAt,
  }) satisfies IntranetPage;

/** Enough of a page to see which report and version it shows, and where it links back to. */
const renderPage: RenderIntranetPage = async (published, { indexHref, indexLabel }) =>
  `<h1>${published.title}</h1><p>v${published.version}</p><a href="${indexHref}">${indexLabel}</a>`;

let dir = '';
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'rake-intranet-')), 'intranet');
});
afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true });
});

const intranet = (render: RenderIntranetPage = renderPage) =>
  createLocalIntranet({ dir, baseUrl: 'https://rake.example.fi/', renderPage: render });
const publication = createReportTestData().publication;
const index = async () => (await readIntranetFile(dir, null)) ?? '';
const linkedSlugs = async () =>
  [...(await index()).matchAll(/href="\/intranet\/([a-z0-9-]+)"/g)].map((m) => m[1]);

describe('local intranet', () => {
  it('writes the page and links it from the index, answering its public URL', async () => {
    const outcome = await intranet().publish(
      page('vuosiraportti-2026', 'Sosiaalinen raportti 2026', '2026-12-01T10:00:00.000Z'),
      null,
      EDITOR,
    );
    expect(outcome).toEqual({
      url: 'https://rake.example.fi/intranet/vuosiraportti-2026',
      pageId: null,
      state: 'published',
    });
    await expect(readIntranetFile(dir, 'vuosiraportti-2026')).resolves.toBe(
      '<h1>Sosiaalinen raportti 2026</h1><p>v1</p>' +
        '<a href="/intranet/">Rakenteellinen sosiaalityö</a>',
    );
    expect(await index()).toContain('>Sosiaalinen raportti 2026</a>');
    expect(await index()).toContain('<p>Yhteenveto: Sosiaalinen raportti 2026</p>');
    await expect(linkedSlugs()).resolves.toEqual(['vuosiraportti-2026']);
  });

  it('lists publications newest first, republished ones at the top', async () => {
    const publisher = intranet();
    await publisher.publish(
      page('kooste-q3', 'Kooste Q3', '2026-10-05T09:00:00.000Z'),
      null,
      EDITOR,
    );
    await publisher.publish(
      page('vuosi-2026', 'Vuosi 2026', '2026-12-01T09:00:00.000Z'),
      null,
      EDITOR,
    );
    await publisher.publish(
      page('ilmio-haadot', 'Häädöt', '2026-11-02T09:00:00.000Z'),
      null,
      EDITOR,
    );
    await expect(linkedSlugs()).resolves.toEqual(['vuosi-2026', 'ilmio-haadot', 'kooste-q3']);

    await publisher.publish(
      page('kooste-q3', 'Kooste Q3 (korjattu)', '2026-12-02T09:00:00.000Z'),
      publication({ slug: 'kooste-q3' }),
      EDITOR,
    );
    await expect(linkedSlugs()).resolves.toEqual(['kooste-q3', 'vuosi-2026', 'ilmio-haadot']);
  });

  it('republishes over the same page, one entry with the new title', async () => {
    const publisher = intranet();
    await publisher.publish(
      page('vuosi-2026', 'Luonnos', '2026-12-01T09:00:00.000Z'),
      null,
      EDITOR,
    );
    const again = await publisher.publish(
      { ...page('vuosi-2026', 'Sosiaalinen raportti', '2026-12-03T09:00:00.000Z') },
      publication({ slug: 'vuosi-2026' }),
      EDITOR,
    );
    expect(again.url).toBe('https://rake.example.fi/intranet/vuosi-2026');
    expect(await readIntranetFile(dir, 'vuosi-2026')).toContain('<h1>Sosiaalinen raportti</h1>');
    expect(await index()).not.toContain('Luonnos');
    await expect(linkedSlugs()).resolves.toEqual(['vuosi-2026']);
  });

  it('moves a publication whose slug changed, leaving nothing under the old one', async () => {
    const publisher = intranet();
    await publisher.publish(page('vanha', 'Vanha nimi', '2026-12-01T09:00:00.000Z'), null, EDITOR);
    await publisher.publish(
      page('uusi', 'Uusi nimi', '2026-12-02T09:00:00.000Z'),
      publication({ slug: 'vanha' }),
      EDITOR,
    );
    await expect(readIntranetFile(dir, 'vanha')).resolves.toBeNull();
    await expect(linkedSlugs()).resolves.toEqual(['uusi']);
  });

  it('withdraws: the page is gone and so is its line on the index', async () => {
    const publisher = intranet();
    await publisher.publish(page('pysyy', 'Pysyy', '2026-11-01T09:00:00.000Z'), null, EDITOR);
    await publisher.publish(page('poistuu', 'Poistuu', '2026-12-01T09:00:00.000Z'), null, EDITOR);
    await publisher.withdraw(publication({ slug: 'poistuu' }), EDITOR);
    await expect(readIntranetFile(dir, 'poistuu')).resolves.toBeNull();
    await expect(linkedSlugs()).resolves.toEqual(['pysyy']);
    // Withdrawing again, or what was never published, changes nothing.
    await publisher.withdraw(publication({ slug: 'poistuu' }), EDITOR);
    await expect(linkedSlugs()).resolves.toEqual(['pysyy']);
  });

  it('keeps every publication when many are published at once', async () => {
    // Each rewrites the manifest from what it read: run side by side, they would lose lines.
    const slow: RenderIntranetPage = async (published, options) => {
      await new Promise((resolve) => setTimeout(resolve, (published.title.length * 7) % 11));
      return renderPage(published, options);
    };
    const publisher = intranet(slow);
    const slugs = Array.from({ length: 12 }, (_, i) => `julkaisu-${i}`);
    await Promise.all(
      slugs.map((slug, i) =>
        publisher.publish(
          page(slug, `Julkaisu ${'x'.repeat(i)}`, `2026-12-${String(i + 1).padStart(2, '0')}`),
          null,
          EDITOR,
        ),
      ),
    );
    await expect(linkedSlugs()).resolves.toEqual([...slugs].reverse());
    // Only the pages, the index and the manifest: no temporary file left behind.
    expect((await readdir(dir)).sort()).toEqual(
      [...slugs.map((s) => `${s}.html`), 'index.html', 'publications.json'].sort(),
    );
  });

  it('writes nothing when the page cannot be drawn, and publishes the next one', async () => {
    let fail = true;
    const flaky: RenderIntranetPage = async (published, options) => {
      if (fail) throw new Error('renderer broke');
      return renderPage(published, options);
    };
    const publisher = intranet(flaky);
    await expect(
      publisher.publish(page('eka', 'Eka', '2026-12-01T09:00:00.000Z'), null, EDITOR),
    ).rejects.toThrow('renderer broke');
    await expect(readIntranetFile(dir, 'eka')).resolves.toBeNull();
    fail = false;
    await publisher.publish(page('toka', 'Toka', '2026-12-02T09:00:00.000Z'), null, EDITOR);
    await expect(linkedSlugs()).resolves.toEqual(['toka']);
  });

  it('refuses a slug that could name a file outside its folder', async () => {
    await expect(
      intranet().publish(page('../karkuri', 'Karkuri', '2026-12-01T09:00:00.000Z'), null, EDITOR),
    ).rejects.toThrow(/not an intranet slug/);
    await expect(readdir(join(dir, '..'))).resolves.toEqual([]);
  });

  it('says the intranet is unavailable when its folder cannot be written', async () => {
    await writeFile(join(dir, '..', 'file'), 'not a folder');
    const blocked = createLocalIntranet({
      dir: join(dir, '..', 'file', 'intranet'),
      baseUrl: 'https://rake.example.fi',
      renderPage,
    });
    const refused = blocked.publish(page('a', 'A', '2026-12-01T09:00:00.000Z'), null, EDITOR);
    await expect(refused).rejects.toBeInstanceOf(IntranetPublishError);
    await expect(refused).rejects.toMatchObject({ reason: 'unavailable' });
  });

  it('keeps the manifest the index is made from', async () => {
    await intranet().publish(
      page('rapport-2026', 'Social rapport 2026', '2026-12-01T09:00:00.000Z', 'sv'),
      null,
      EDITOR,
    );
    expect(JSON.parse(await readFile(join(dir, 'publications.json'), 'utf8'))).toEqual([
      {
        slug: 'rapport-2026',
        title: 'Social rapport 2026',
        summary: 'Yhteenveto: Social rapport 2026',
        publishedAt: '2026-12-01T09:00:00.000Z',
        language: 'sv',
      },
    ]);
  });
});
