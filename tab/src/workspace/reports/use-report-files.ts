import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../common/error-text';
import type { LiveMessageValue } from '../../common/LiveMessage';
import { save } from '../../common/use-file-export';
import { useSession } from '../../shell/session';
import { documentPath, pagePath } from './reports-api';

/**
 * The report's Word document and its page preview, fetched through the API client (a plain
 * link could not carry the sign-in); the outcome is announced.
 */
export function useReportFiles(id: string, fallbackName: string) {
  const { t } = useTranslation();
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ intent: 'success', text: await work() });
    } catch (e) {
      setMessage({ intent: 'error', text: errorText(e, t) });
    } finally {
      setBusy(false);
    }
  };

  const word = (exact: boolean) =>
    run(async () => {
      const { blob, fileName } = await api.file(documentPath(id, exact));
      const name = fileName ?? `${fallbackName}.docx`;
      save(blob, name);
      return t('boardExport.done', { file: name });
    });

  const preview = () => {
    // Opened at once, while the click still counts: a window opened after the wait is blocked.
    const opened = window.open('', '_blank');
    return run(async () => {
      try {
        const { blob } = await api.file(pagePath(id));
        const url = URL.createObjectURL(new Blob([blob], { type: 'text/html;charset=utf-8' }));
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        if (opened === null) {
          window.open(url, '_blank');
        } else {
          opened.location.href = url;
        }
        return t('workspace.reports.previewOpened');
      } catch (e) {
        opened?.close();
        throw e;
      }
    });
  };

  return { busy, message, word, preview };
}
