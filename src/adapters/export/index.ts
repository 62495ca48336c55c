export { CSV_MEDIA_TYPE, CSV_OPTIONS, csvFile } from './csv-file';
export { XLSX_DATE_FORMAT, XLSX_MEDIA_TYPE, xlsxFile } from './xlsx-file';
