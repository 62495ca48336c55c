import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boardParams, type BoardFilters } from '../api/client';
import type { LiveMessageValue } from '../common/LiveMessage';
import { errorText } from '../common/error-text';
import { useSession } from '../shell/session';

export type ExportFormat = 'xlsx' | 'csv';

/** Hands the browser a file to save: an object URL behind a link with `download`, clicked. */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time it starts; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The board with its current filters and order as a file (issue 11). Fetched through the
 * API client, which signs the request in (a plain link could not carry the token), then saved.
 */
export function useBoardExport(filters: BoardFilters) {
  const { t } = useTranslation();
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);

  const download = async (format: ExportFormat) => {
    setBusy(true);
    setMessage(null);
    try {
      const query = boardParams(filters).toString();
      const path = `/observations/export.${format}${query ? `?${query}` : ''}`;
      const { blob, fileName } = await api.file(path);
      const name = fileName ?? `rake-havainnot.${format}`;
      save(blob, name);
      setMessage({ intent: 'success', text: t('boardExport.done', { file: name }) });
    } catch (e) {
      setMessage({ intent: 'error', text: errorText(e, t) });
    } finally {
      setBusy(false);
    }
  };

  return { busy, message, download };
}
