import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from './LiveMessage';
import { useFileExport, type ExportFormat } from './use-file-export';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
  },
});

type Props = {
  /** The API path of the file in a format, e.g. `/compilations/<id>/export.csv`. */
  readonly pathOf: (format: ExportFormat) => string;
  /** The file's name if the server gives none. */
  readonly fallbackName: (format: ExportFormat) => string;
  readonly testId?: string;
};

/** "Vie tiedostoksi": an Excel or CSV file from the API; the outcome is announced. */
export function ExportMenu({ pathOf, fallbackName, testId }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { busy, message, download } = useFileExport(pathOf, fallbackName);
  return (
    <div className={styles.root}>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton disabled={busy} data-testid={testId}>
            {busy ? t('boardExport.working') : t('boardExport.button')}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => void download('xlsx')}>{t('boardExport.excel')}</MenuItem>
            <MenuItem onClick={() => void download('csv')}>{t('boardExport.csv')}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <LiveMessage message={message} polite={['success']} />
    </div>
  );
}
