import { makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Tab, TabList } from './Tabs';
import type { Route } from './use-route';

type Props = {
  readonly route: Route;
  readonly hasBoard: boolean;
  readonly hasWorkspace: boolean;
  readonly hasDeliveries: boolean;
  readonly hasAdmin: boolean;
  readonly onNavigate: (route: Route) => void;
};

// Four tabs do not fit a 320 px side panel in one row in any language: they wrap.
const useStyles = makeStyles({ list: { flexWrap: 'wrap' } });

export function Navigation({
  route,
  hasBoard,
  hasWorkspace,
  hasDeliveries,
  hasAdmin,
  onNavigate,
}: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <TabList
      className={styles.list}
      selectedValue={route}
      onTabSelect={(_, d) => onNavigate(d.value as Route)}
    >
      <Tab id="tab-new" value="new" aria-controls={route === 'new' ? 'panel-new' : undefined}>
        {t('nav.new')}
      </Tab>
      <Tab id="tab-mine" value="mine" aria-controls={route === 'mine' ? 'panel-mine' : undefined}>
        {t('nav.mine')}
      </Tab>
      {hasBoard && (
        <Tab
          id="tab-board"
          value="board"
          aria-controls={route === 'board' ? 'panel-board' : undefined}
        >
          {t('nav.board')}
        </Tab>
      )}
      {hasWorkspace && (
        <Tab
          id="tab-workspace"
          value="workspace"
          aria-controls={route === 'workspace' ? 'panel-workspace' : undefined}
        >
          {t('workspace.nav')}
        </Tab>
      )}
      {hasDeliveries && (
        <Tab
          id="tab-deliveries"
          value="deliveries"
          aria-controls={route === 'deliveries' ? 'panel-deliveries' : undefined}
        >
          {t('nav.deliveries')}
        </Tab>
      )}
      {hasAdmin && (
        <Tab
          id="tab-admin"
          value="admin"
          aria-controls={route === 'admin' ? 'panel-admin' : undefined}
        >
          {t('nav.admin')}
        </Tab>
      )}
    </TabList>
  );
}
