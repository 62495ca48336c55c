/** SharePoint's Image web part, one of those Graph v1.0 can place on a page. */
export const IMAGE_WEB_PART_TYPE = 'd1d91016-032f-456d-98a4-721247c305e8';

/** Where a chart's PNG lies in the site's assets library, as SharePoint names it. */
export type ChartImage = {
  /** The file's address (driveItem `webUrl`). */
  readonly webUrl: string;
  /**
   * The file's SharePoint ids (driveItem `sharepointIds`): the Image web part finds its file
   * by them. Null when Graph did not give them; the page then links to the picture instead.
   */
  readonly sharepointIds: {
    readonly siteId: string;
    readonly webId: string;
    readonly listId: string;
    readonly listItemUniqueId: string;
  } | null;
  readonly width: number;
  readonly height: number;
};

export type StandardWebPart = {
  readonly '@odata.type': '#microsoft.graph.standardWebPart';
  readonly id: string;
  readonly webPartType: string;
  readonly data: Record<string, unknown>;
};

/**
 * The Image web part in the shape of Graph's documented example (sitePage create, v1.0): the
 * file by its site, web, list and unique ids, its server-relative address as the image
 * source, and the chart's description as alt text.
 */
export function imageWebPart(
  id: string,
  image: ChartImage & { readonly sharepointIds: NonNullable<ChartImage['sharepointIds']> },
  altText: string,
): StandardWebPart {
  const { siteId, webId, listId, listItemUniqueId } = image.sharepointIds;
  const ids = { siteid: siteId, webid: webId, listid: listId, uniqueid: listItemUniqueId };
  return {
    '@odata.type': '#microsoft.graph.standardWebPart',
    id,
    webPartType: IMAGE_WEB_PART_TYPE,
    data: {
      dataVersion: '1.9',
      title: 'Image',
      description: altText,
      properties: {
        imageSourceType: 2,
        altText,
        overlayText: '',
        ...ids,
        imgWidth: image.width,
        imgHeight: image.height,
        fixAspectRatio: false,
        captionText: '',
        alignment: 'Center',
      },
      serverProcessedContent: {
        imageSources: [{ key: 'imageSource', value: new URL(image.webUrl).pathname }],
        customMetadata: [
          {
            key: 'imageSource',
            value: { ...ids, width: String(image.width), height: String(image.height) },
          },
        ],
      },
    },
  };
}
