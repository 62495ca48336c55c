import { renderIntranetIndex } from './intranet-index-page';
import type { IntranetEntry } from './intranet-manifest';

const entry = (overrides: Partial<IntranetEntry> = {}): IntranetEntry => ({
  slug: 'vuosi-2026',
  title: 'Sosiaalinen raportti 2026',
  summary: 'Vuoden havainnot, ilmiöt ja ehdotukset.',
  publishedAt: '2026-12-01T10:00:00.000Z',
  language: 'fi',
  ...overrides,
});

describe('the intranet subpage', () => {
  it('is a Finnish page named for structural social work, with one level-1 heading', () => {
    const html = renderIntranetIndex([entry()]);
    expect(html).toMatch(/^<!doctype html>\n<html lang="fi">/);
    expect(html).toContain('<title>Rakenteellinen sosiaalityö</title>');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h1>Rakenteellinen sosiaalityö</h1>');
    expect(html).toContain('<meta name="viewport"');
  });

  it('links each publication with the local date it was published, as d.M.yyyy', () => {
    // 22:30 UTC on New Year's Eve is already 1 January in Helsinki.
    const html = renderIntranetIndex([entry({ publishedAt: '2026-12-31T22:30:00.000Z' })]);
    expect(html).toContain('<a href="/intranet/vuosi-2026">Sosiaalinen raportti 2026</a>');
    expect(html).toContain('<time datetime="2027-01-01">Julkaistu 1.1.2027</time>');
    expect(html).toContain('<p>Vuoden havainnot, ilmiöt ja ehdotukset.</p>');
  });

  it('marks the language of a title written in Swedish or English', () => {
    const html = renderIntranetIndex([
      entry({ slug: 'rapport', title: 'Social rapport', summary: 'Årets', language: 'sv' }),
    ]);
    expect(html).toContain('<a href="/intranet/rapport" lang="sv">Social rapport</a>');
    expect(html).toContain('<p lang="sv">Årets</p>');
  });

  it('escapes what people wrote', () => {
    const html = renderIntranetIndex([
      entry({ title: 'Asunnot <script>alert(1)</script> & "häädöt"', summary: '' }),
    ]);
    expect(html).toContain(
      'Asunnot &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;häädöt&quot;',
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<p></p>');
  });

  it('says so when nothing is published yet, with no empty list', () => {
    const html = renderIntranetIndex([]);
    expect(html).toContain('<p>Julkaisuja ei ole vielä.</p>');
    expect(html).not.toContain('<ul>');
  });
});
