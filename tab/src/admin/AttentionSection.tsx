import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Heading } from '../common/Heading';
import { useAsync, type AsyncState } from '../common/use-async';
import { localized } from '../i18n/format';
import { useSession } from '../shell/session';
import { failedDeliveryCount, type ServiceAreaSupervision } from './admin-api';
import { ADMIN_TEXTS } from './admin-texts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  action: { alignSelf: 'flex-start' },
});

type Props = {
  readonly areas: AsyncState<readonly ServiceAreaSupervision[]>;
  readonly onOpenDeliveries: () => void;
};

/** The areas nobody supervises, the supervisors the bot cannot reach, the failed deliveries. */
export function AttentionSection({ areas, onOpenDeliveries }: Props) {
  const { api, language } = useSession();
  const texts = ADMIN_TEXTS[language].attention;
  const styles = useStyles();
  const [failed] = useAsync((signal) => failedDeliveryCount(api, signal), [api]);
  const active = areas.status === 'ok' ? areas.value.filter((a) => !a.retired) : [];
  const empty = active.filter((a) => a.supervisors.length === 0);
  const unreachable = [
    ...new Map(
      active
        .flatMap((a) => a.supervisors.filter((s) => !s.botInstalled))
        .map((s) => [s.id, s.name]),
    ).values(),
  ];
  return (
    <section className={styles.root} aria-labelledby="admin-attention">
      <Heading level={3} id="admin-attention">
        {texts.heading}
      </Heading>
      {areas.status === 'ok' && (
        <>
          <MessageBar intent={empty.length > 0 ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody>
              {empty.length > 0
                ? texts.noSupervisor(empty.map((a) => localized(a.label, language)).join(', '))
                : texts.allCovered}
            </MessageBarBody>
          </MessageBar>
          <MessageBar intent={unreachable.length > 0 ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody>
              {unreachable.length > 0 ? texts.noBot(unreachable.join(', ')) : texts.allReachable}
            </MessageBarBody>
          </MessageBar>
        </>
      )}
      {failed.status === 'ok' && (
        <MessageBar intent={failed.value > 0 ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            {failed.value > 0 ? texts.failed(failed.value) : texts.noneFailed}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text as="p" block>
        {texts.deliveries}
      </Text>
      <Button className={styles.action} onClick={onOpenDeliveries}>
        {texts.openDeliveries}
      </Button>
    </section>
  );
}
