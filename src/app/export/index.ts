export type {
  ColumnKind,
  ExportColumn,
  ExportLayout,
  ExportRow,
  ExportValue,
} from './export-columns';
export { exportLayout } from './export-columns';
export type {
  BoardExport,
  ExportDeps,
  ExportFilters,
  ExportOptions,
  ExportTable,
} from './export-board';
export { EXPORT_PAGE_SIZE, exportBoard } from './export-board';
export type { CompilationExport } from './export-compilation';
export { exportCompilation } from './export-compilation';
