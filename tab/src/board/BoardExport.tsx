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
import type { BoardFilters } from '../api/client';
import { LiveMessage } from '../common/LiveMessage';
import { useBoardExport } from './use-board-export';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
  },
});

type Props = {
  /** The board's filters and order as shown: the file holds every observation they match. */
  readonly filters: BoardFilters;
};

/** "Vie tiedostoksi": the board as an Excel or CSV file; the outcome is announced. */
export function BoardExport({ filters }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { busy, message, download } = useBoardExport(filters);
  return (
    <div className={styles.root}>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton disabled={busy} data-testid="board-export">
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
