import { keepSharePointHtml } from '../../intranet/sharepoint-html';
import { GraphErrorSignal } from './errors';

/** The standard web parts Graph v1.0 can write (sitePage create/update, "Supported web parts"). */
export const SUPPORTED_WEB_PART_TYPES: ReadonlySet<string> = new Set([
  'e377ea37-9047-43b9-8cdb-a761be2f8e09', // Bing Maps
  '0f087d7f-520e-42b7-89c0-496aaf979d58', // Button
  'df8e44e7-edd5-46d5-90da-aca1539313b8', // Call To Action
  '2161a1c6-db61-4731-b97c-3cdb303f7cbb', // Divider
  'b7dd04e1-19ce-4b24-9132-b60a1c2b910d', // Document Embed
  'd1d91016-032f-456d-98a4-721247c305e8', // Image
  'af8be689-990e-492a-81f7-ba3e4cd3ed9c', // Image Gallery
  '6410b3b6-d440-4663-8744-378976dc041e', // Link Preview
  'e84a8ca2-f63c-4fb9-bc0b-d8eef5ccb22b', // Org Chart
  '7f718435-ee4d-431c-bdbf-9c4ff326f46e', // People
  'c70391ea-0b10-4ee9-b2b4-006d3fcad0cd', // Quick Links
  '8654b779-4886-46d4-8ffb-b5ed960ee986', // Spacer
  '544dd15b-cf3c-441b-96da-004d5a8cea1d', // Youtube Embed
]);

const SECTION_LAYOUTS = new Set([
  'none',
  'oneColumn',
  'twoColumns',
  'threeColumns',
  'oneThirdLeftColumn',
  'oneThirdRightColumn',
  'fullWidth',
]);

type Json = Record<string, unknown>;

function bad(message: string): GraphErrorSignal {
  return new GraphErrorSignal(400, 'invalidRequest', message);
}

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function webPart(value: unknown): Json {
  if (!isObject(value)) throw bad('A web part must be an object.');
  if (typeof value['innerHtml'] === 'string') {
    // SharePoint keeps only the markup its text editor knows; the rest is gone on save.
    return { ...value, innerHtml: keepSharePointHtml(value['innerHtml']) };
  }
  const type = value['webPartType'];
  if (typeof type !== 'string') throw bad('A web part needs innerHtml or a webPartType.');
  if (!SUPPORTED_WEB_PART_TYPES.has(type.toLowerCase())) {
    throw bad(`The web part type '${type}' is not supported.`);
  }
  if (!isObject(value['data'])) throw bad('A standard web part needs its data.');
  return value;
}

/**
 * Checks a `canvasLayout` as the double understands Graph's: horizontal sections of a known
 * layout, columns 1–12 grid units wide (12 in all at most), text or supported standard web
 * parts. Answers the layout as SharePoint would store it (text stripped to what it keeps).
 */
export function validCanvasLayout(value: unknown): Json {
  if (!isObject(value)) throw bad('canvasLayout must be an object.');
  const sections = value['horizontalSections'] ?? [];
  if (!Array.isArray(sections)) throw bad('horizontalSections must be a collection.');
  const horizontalSections = sections.map((section: unknown, i) => {
    if (!isObject(section)) throw bad('A horizontal section must be an object.');
    const layout = section['layout'];
    if (typeof layout !== 'string' || !SECTION_LAYOUTS.has(layout)) {
      throw bad(`The horizontal section layout '${String(layout)}' is not valid.`);
    }
    const columns = section['columns'];
    if (!Array.isArray(columns) || columns.length === 0) throw bad('A section needs columns.');
    let width = 0;
    const checked = columns.map((column: unknown, j) => {
      if (!isObject(column)) throw bad('A column must be an object.');
      const w = column['width'] ?? 12;
      if (typeof w !== 'number' || !Number.isInteger(w) || w < 1 || w > 12) {
        throw bad('A column is 1 to 12 grid units wide.');
      }
      width += w;
      const parts = column['webparts'] ?? [];
      if (!Array.isArray(parts)) throw bad('webparts must be a collection.');
      return {
        ...column,
        id: String(column['id'] ?? j + 1),
        width: w,
        webparts: parts.map(webPart),
      };
    });
    if (width > 12) throw bad('The columns of a section are 12 grid units wide at most.');
    return { emphasis: 'none', ...section, id: String(section['id'] ?? i + 1), columns: checked };
  });
  return { ...value, horizontalSections };
}
