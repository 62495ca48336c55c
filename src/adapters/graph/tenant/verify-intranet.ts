import type { Client } from '@microsoft/microsoft-graph-client';
import type { PublishedReport } from '../../../domain/report/published-report';
import { createSharePointIntranetPublisher } from '../intranet';
import { verifyPrefix } from './verify-prefix';

/** The intranet site (may differ from the lists' site). */
export const INTRANET_SITE_VARIABLE = 'RAKE_INTRANET_SITE_ID';

/** The smallest real PNG (1×1): SharePoint stores it like any chart. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

function throwAwayReport(title: string): PublishedReport {
  return {
    id: 'verify',
    kind: 'compilation',
    language: 'fi',
    locale: 'fi-FI',
    title,
    organisation: 'RAKE verify:tenant',
    periodText: '–',
    dateText: new Date().toISOString(),
    version: 1,
    introduction: ['Tarkistussivu: poistetaan heti. A check page, deleted at once.'],
    sections: [
      {
        key: 'check',
        heading: 'Tarkistus',
        paragraphs: ['<script> stays text.'],
        quotations: [],
        figures: [
          {
            key: 'check',
            title: 'Kuvio',
            labelHeading: 'Kunta',
            countHeading: 'Havaintoja',
            chart: 'bar',
            rows: [{ label: 'Ristijärvi', shown: 'alle 5', value: null }],
            total: null,
            description: 'Yksi pylväs.',
            note: null,
          },
        ],
      },
    ],
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

/**
 * Creates, publishes and deletes a throw-away page (with one chart) on the intranet site
 * through the publisher the app uses. It runs with the verify run's app-only token, so it
 * checks Graph's pages API and the page's shape, not an editor's rights: the page's author is
 * "SharePoint App" here, the editor in the app. True when the page was published or is
 * waiting for the site's page approval.
 */
export async function verifyIntranetPage(
  client: Client,
  siteId: string,
  now: Date,
  print: (line: string) => void,
): Promise<boolean> {
  const title = verifyPrefix(now).trim();
  const slug = title.toLowerCase().replace(/\s+/g, '-');
  const publisher = createSharePointIntranetPublisher({
    siteId,
    subpageId: null,
    publications: () => Promise.resolve([]),
    graphFor: () => Promise.resolve(client),
    chartPng: () => Promise.resolve(PIXEL),
  });
  const actor = { staffId: 'verify', name: 'verify:tenant', userToken: null };
  print(`verify:tenant: publishing a throw-away page "${slug}.aspx" on intranet site ${siteId}`);
  let outcome;
  try {
    outcome = await publisher.publish(
      { slug, report: throwAwayReport(title), summary: title, publishedAt: now.toISOString() },
      null,
      actor,
    );
  } catch (error) {
    print(`verify:tenant: intranet page FAILED: ${(error as Error).message}`);
    return false;
  }
  print(`verify:tenant: intranet page ${outcome.state} at ${outcome.url}`);
  const publication = {
    slug,
    url: outcome.url,
    pageId: outcome.pageId,
    version: 1,
    publishedAt: now.toISOString(),
    publishedBy: actor.staffId,
    publishedByName: actor.name,
    state: outcome.state,
    withdrawnAt: null,
  };
  try {
    await publisher.withdraw(publication, actor);
    print('verify:tenant: intranet page and its chart deleted.');
    return true;
  } catch (error) {
    print(`verify:tenant: could not delete "${slug}.aspx": ${(error as Error).message}`);
    return false;
  }
}
