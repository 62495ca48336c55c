import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ViewHeading } from '../common/ViewHeading';
import { useSession } from '../shell/session';
import { DeliveryList } from './DeliveryList';
import { DigestSection } from './DigestSection';
import { ATTENTION_STATES, canManageDeliveries, canSendDigest } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXL },
});

/** "Toimitukset": the coordinator's digest and channel; the admin's failed deliveries. */
export function Deliveries() {
  const { t } = useTranslation();
  const { me } = useSession();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div>
        <ViewHeading>{t('deliveries.heading')}</ViewHeading>
        <Text as="p" block>
          {t('deliveries.intro')}
        </Text>
      </div>
      {canSendDigest(me.roles) && <DigestSection />}
      {canManageDeliveries(me.roles) &&
        ATTENTION_STATES.map((state) => <DeliveryList key={state} state={state} />)}
    </div>
  );
}
