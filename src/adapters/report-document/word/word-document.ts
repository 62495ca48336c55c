import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type Table,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { PublishedReport, PublishedSection } from '../../../domain/report';
import { wordFigure } from './word-figure';
import { wordStyles } from './word-styles';

export const DOCX_MEDIA_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The report as a Word document: a title page, a table of contents built from the Heading 1
 * and Heading 2 paragraphs, the introduction, and each section with its figures as native
 * charts and tables. The document's author is the organisation: no person is named.
 */
export async function renderWordDocument(report: PublishedReport): Promise<Buffer> {
  const document = new Document({
    title: report.title,
    subject: report.periodText,
    creator: report.organisation,
    lastModifiedBy: report.organisation,
    description: report.title,
    pageNumbers: estimatePageNumbers,
    styles: wordStyles(report.locale),
    sections: [
      { children: titlePage(report) },
      {
        footers: { default: pageNumberFooter() },
        children: [...contents(report), ...body(report)],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function titlePage(report: PublishedReport): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: report.title }),
    new Paragraph({ children: [new TextRun({ text: report.organisation, size: 32 })] }),
    new Paragraph({ children: [new TextRun({ text: report.periodText, size: 28 })] }),
    new Paragraph({ children: [new TextRun({ text: report.dateText, size: 24 })] }),
  ];
}

function contents(report: PublishedReport): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: 'TOCHeading', text: report.labels.contents }),
    new TableOfContents(report.labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function body(report: PublishedReport): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      text: report.labels.introduction,
    }),
    ...report.introduction.map((text) => new Paragraph({ text })),
  ];
  let figureNumber = 0;
  for (const section of report.sections) {
    blocks.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: section.heading }));
    blocks.push(...section.paragraphs.map((text) => new Paragraph({ text })));
    blocks.push(...section.quotations.map(quotationParagraph));
    for (const figure of section.figures) {
      figureNumber += 1;
      blocks.push(...wordFigure(figure, figureNumber, report.labels));
    }
  }
  return blocks;
}

/** A professional's words as quoted, in the Quote style; where it was seen when that is safe. */
function quotationParagraph(quotation: PublishedSection['quotations'][number]): Paragraph {
  return new Paragraph({
    style: 'Quote',
    children: [
      new TextRun({ text: `”${quotation.text}”` }),
      ...(quotation.attribution === null
        ? []
        : [new TextRun({ text: ` — ${quotation.attribution}`, italics: false })]),
    ],
  });
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}
