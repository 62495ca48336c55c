import type { IStylesOptions } from 'docx';

const FONT = 'Arial';
const ACCENT = '1F4E79';

/**
 * The document's styles. The language is set on the document defaults, so Word and
 * LibreOffice check spelling and hyphenate in the report's language everywhere. Arial,
 * because LibreOffice has a metric twin of it (Liberation Sans) and lays the pages out alike.
 */
export function wordStyles(locale: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: locale } },
        paragraph: { spacing: { after: 120 } },
      },
      title: {
        run: { font: FONT, size: 56, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 2400, after: 480 } },
      },
      heading1: {
        run: { font: FONT, size: 32, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 480, after: 160 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: 26, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true },
      },
      caption: {
        run: { font: FONT, size: 18, italics: true, color: '404040' },
        paragraph: { spacing: { before: 60, after: 120 } },
      },
    },
    paragraphStyles: [
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: FONT, size: 32, bold: true, color: ACCENT },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        run: { italics: true, color: '262626' },
        paragraph: {
          indent: { left: 567, right: 567 },
          spacing: { before: 120, after: 240 },
          border: { left: { style: 'single', size: 18, color: ACCENT, space: 8 } },
        },
      },
      {
        id: 'FigureNote',
        name: 'Figure Note',
        basedOn: 'Normal',
        run: { size: 18, color: '404040' },
        paragraph: { spacing: { before: 60, after: 240 } },
      },
    ],
  };
}
