import { boardParams, type BoardFilters } from '../api/client';
import { ExportMenu } from '../common/ExportMenu';

/** The board with its current filters and order as an Excel or CSV file. */
export function BoardExport({ filters }: { readonly filters: BoardFilters }) {
  return (
    <ExportMenu
      testId="board-export"
      pathOf={(format) => {
        const query = boardParams(filters).toString();
        return `/observations/export.${format}${query ? `?${query}` : ''}`;
      }}
      fallbackName={(format) => `rake-havainnot.${format}`}
    />
  );
}
