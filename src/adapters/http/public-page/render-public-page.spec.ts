import { COUNTY } from '../../../app/testing';
import { renderFormPage, renderStatusPage } from './render-public-page';

const page = { locale: 'fi' as const, county: COUNTY, path: '/public' };

describe('the public pages', () => {
  it('shows what was typed exactly, escaped, and never as markup', () => {
    const typed = 'Rivi 1\n  </textarea><script>alert("x")</script> & "lainaus"';
    const html = renderFormPage({
      ...page,
      startedAt: 1,
      values: { description: typed, contactEmail: '"><img src=x>' },
      problems: [],
      warnings: [],
    });
    expect(html).toContain(
      '>\nRivi 1\n  &lt;/textarea&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;lainaus&quot;</textarea>',
    );
    expect(html).toContain('value="&quot;&gt;&lt;img src=x&gt;"');
    expect(html).not.toContain('<script');
  });

  it('keeps a leading line break, which HTML would drop right after <textarea>', () => {
    const html = renderFormPage({
      ...page,
      startedAt: 1,
      values: { description: '\nAlkaa rivinvaihdolla' },
      problems: [],
      warnings: [],
    });
    // The parser drops the first of the two line breaks: the text keeps its own.
    expect(html).toMatch(/aria-describedby="[^"]*">\n\nAlkaa rivinvaihdolla<\/textarea>/);
  });

  it('marks each problem at its field and lists it at the top, linked, with the title saying so', () => {
    const html = renderFormPage({
      ...page,
      startedAt: 1,
      values: {},
      problems: [{ field: 'municipality', message: 'Valitse kunta.' }],
      warnings: [],
    });
    expect(html).toContain('<title>Virhe: Kerro havainnostasi – Kainuun hyvinvointialue</title>');
    expect(html).toContain('<li><a href="#field-municipality">Valitse kunta.</a></li>');
    expect(html).toContain(
      '<select id="field-municipality" name="municipality" required aria-invalid="true" aria-describedby="municipality-error">',
    );
  });

  it('offers no retired municipality', () => {
    const [first, ...rest] = COUNTY.municipalities;
    const county = { ...COUNTY, municipalities: [{ ...first!, retired: true }, ...rest] };
    const html = renderFormPage({
      ...page,
      county,
      startedAt: 1,
      values: {},
      problems: [],
      warnings: [],
    });
    expect(html).not.toContain(`value="${first!.id}"`);
    expect(html).toContain(`value="${rest[0]!.id}"`);
  });

  it('shows a status with its day in the county’s time, and nothing else of the submission', () => {
    const html = renderStatusPage({
      ...page,
      locale: 'sv',
      typed: 'ACDEFGHJKMNP',
      view: { receipt: 'ACDEFGHJKMNP', status: 'closed', submittedAt: '2026-03-31T22:30:00.000Z' },
    });
    expect(html).toContain('ACDE-FGHJ-KMNP');
    expect(html).toContain('<dd>1.4.2026</dd>');
    expect(html).toContain('data-status="closed">Behandlad</strong>');
  });
});
