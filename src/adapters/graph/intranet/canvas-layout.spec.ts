import { canvasLayoutOf, type TextWebPart, type WebPart } from './canvas-layout';
import { reportFixture } from './fixtures';
import { IMAGE_WEB_PART_TYPE, type ChartImage } from './image-web-part';
import { keepSharePointHtml } from './sharepoint-html';

const located: ChartImage = {
  webUrl:
    'https://kainuu.sharepoint.com/sites/kaima/SiteAssets/RAKE/vuosi-2026/by-municipality.png',
  sharepointIds: { siteId: 's', webId: 'w', listId: 'l', listItemUniqueId: 'u' },
  width: 640,
  height: 400,
};

let n = 0;
const ids = () => `id-${++n}`;
const partsOf = (layout: ReturnType<typeof canvasLayoutOf>): WebPart[][] =>
  layout.horizontalSections.map((s) => [...s.columns[0].webparts]);
const html = (part: WebPart | undefined) => (part as TextWebPart).innerHtml;

describe('the report as a SharePoint page canvas', () => {
  it('opens with who, when and the introduction, then one full-width section per report section', () => {
    const layout = canvasLayoutOf(reportFixture(), new Map(), ids);
    expect(layout.horizontalSections.map((s) => [s.id, s.layout, s.columns[0].width])).toEqual([
      ['1', 'oneColumn', 12],
      ['2', 'oneColumn', 12],
      ['3', 'oneColumn', 12],
    ]);
    expect(html(partsOf(layout)[0]?.[0])).toBe(
      '<p>Kainuun hyvinvointialue · 1.1.2026–31.12.2026</p><p>Laadittu 30.11.2026</p>' +
        '<h2>Johdanto</h2><p>Raportti kokoaa vuoden havainnot.</p>',
    );
  });

  it('sets quotations apart as blockquotes, naming where they were seen only when given', () => {
    const fixture = reportFixture();
    const [first, ...rest] = fixture.sections;
    if (first === undefined) throw new Error('no section in the fixture');
    const report = {
      ...fixture,
      sections: [
        {
          ...first,
          quotations: [
            { text: 'Jonot <pitkiä>.', attribution: 'Kajaani' },
            { text: 'Lomitusta ei saa.', attribution: null },
          ],
        },
        ...rest,
      ],
    };
    const part = html(partsOf(canvasLayoutOf(report, new Map(), ids))[1]?.[0]);
    expect(part).toContain(
      '<blockquote><p>Jonot &lt;pitkiä&gt;.</p><p><em>— Kajaani</em></p></blockquote>' +
        '<blockquote><p>Lomitusta ei saa.</p></blockquote>',
    );
    expect(keepSharePointHtml(part)).toBe(part);
  });

  it('writes what people wrote as text, never as markup', () => {
    const layout = canvasLayoutOf(reportFixture(), new Map(), ids);
    expect(html(partsOf(layout)[1]?.[0])).toContain(
      '<p>Havaintoja kertyi &lt;paljon&gt; &amp; enemmän kuin ennen.</p>',
    );
  });

  it('places each chart as an Image web part, alt text its description, between heading and table', () => {
    const layout = canvasLayoutOf(reportFixture(), new Map([['by-municipality', located]]), ids);
    const [before, image, after] = partsOf(layout)[1] ?? [];
    expect(html(before)).toMatch(/<h2>Havainnot<\/h2>.*<h3>Kuvio 1\. Havainnot kunnittain<\/h3>$/);
    expect(image).toMatchObject({
      '@odata.type': '#microsoft.graph.standardWebPart',
      webPartType: IMAGE_WEB_PART_TYPE,
      data: {
        properties: {
          altText: 'Pylväskuvio: havaintoja eniten Kajaanissa (1 234).',
          siteid: 's',
          webid: 'w',
          listid: 'l',
          uniqueid: 'u',
          imgWidth: 640,
          imgHeight: 400,
        },
        serverProcessedContent: {
          imageSources: [
            {
              key: 'imageSource',
              value: '/sites/kaima/SiteAssets/RAKE/vuosi-2026/by-municipality.png',
            },
          ],
        },
      },
    });
    expect(html(after)).toBe(
      '<table><thead><tr><th>Kunta</th><th>Havaintoja</th></tr></thead><tbody>' +
        '<tr><td>Kajaani</td><td>1 234</td></tr><tr><td>Ristijärvi</td><td>alle 5</td></tr>' +
        '<tr><td>Yhteensä</td><td>1 237</td></tr></tbody></table>' +
        '<p><em>Alle 5 havainnon määrät on merkitty "alle 5".</em></p>',
    );
  });

  it('numbers figures through the report and shows a figure without a chart as its table', () => {
    const layout = canvasLayoutOf(reportFixture(), new Map([['by-municipality', located]]), ids);
    const second = partsOf(layout)[2] ?? [];
    expect(second).toHaveLength(1);
    expect(html(second[0])).toContain('<h3>Kuvio 2. Havainnot palvelualueittain</h3><table>');
  });

  it('links to the chart, named by its description, when SharePoint gave no ids for the file', () => {
    const unlocated = { ...located, sharepointIds: null };
    const layout = canvasLayoutOf(reportFixture(), new Map([['by-municipality', unlocated]]), ids);
    const parts = partsOf(layout)[1] ?? [];
    expect(parts).toHaveLength(1);
    expect(html(parts[0])).toContain(
      `<p><a href="${located.webUrl}">Pylväskuvio: havaintoja eniten Kajaanissa (1 234).</a></p><table>`,
    );
  });

  it('writes only HTML SharePoint keeps, so saving on SharePoint changes nothing', () => {
    const layout = canvasLayoutOf(reportFixture(), new Map(), ids);
    for (const part of partsOf(layout).flat()) {
      expect(keepSharePointHtml(html(part))).toBe(html(part));
    }
  });
});
