export { DOCX_MEDIA_TYPE, renderWordDocument } from './word/word-document';
export { HTML_MEDIA_TYPE, renderHtmlPage, type HtmlPageOptions } from './html/html-page';
export { figureSvg } from './chart/figure-svg';
export { figurePng } from './chart/figure-png';
