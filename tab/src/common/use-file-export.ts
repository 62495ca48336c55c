import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveMessageValue } from './LiveMessage';
import { errorText } from './error-text';
import { useSession } from '../shell/session';

export type ExportFormat = 'xlsx' | 'csv';

/** Hands the browser a file to save: an object URL behind a link with `download`, clicked. */
export function save(blob: Blob, fileName: string): void {
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
 * An API file (the board with its filters, a compilation) downloaded and saved (issue 11).
 * Fetched through the API client, which signs the request in (a plain link could not carry
 * the token). `pathOf` names the file's API path for a format; `fallbackName` is used when
 * the server names none.
 */
export function useFileExport(
  pathOf: (format: ExportFormat) => string,
  fallbackName: (format: ExportFormat) => string,
) {
  const { t } = useTranslation();
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);

  const download = async (format: ExportFormat) => {
    setBusy(true);
    setMessage(null);
    try {
      const { blob, fileName } = await api.file(pathOf(format));
      const name = fileName ?? fallbackName(format);
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
