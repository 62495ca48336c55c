import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { ViewHeading } from '../common/ViewHeading';
import { useMemo, useRef, useState } from 'react';
import { useAsync, type AsyncState } from '../common/use-async';
import { useSession } from '../shell/session';
import { AddStaffForm } from './AddStaffForm';
import { ADMIN_TEXTS } from './admin-texts';
import { serviceAreas } from './admin-api';
import { AttentionSection } from './AttentionSection';
import { AuditLogSection } from './audit/AuditLogSection';
import { CountySettingsSection } from './CountySettingsSection';
import { ServiceAreasSection } from './ServiceAreasSection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXL },
});

type Props = {
  /** The Deliveries view, where the admin retries what did not arrive. */
  readonly onOpenDeliveries: () => void;
};

/**
 * "Ylläpito" (issue 13): what needs attention (areas without a supervisor, supervisors the
 * bot cannot reach, failed deliveries), the supervisors of each service area, adding a person
 * before their first sign-in, the county's settings, and the audit log.
 */
export function AdminView({ onOpenDeliveries }: Props) {
  const { api, language } = useSession();
  const texts = ADMIN_TEXTS[language];
  const styles = useStyles();
  // A reload after a save keeps the cards (and the editor's focus and message) in place.
  const [areas, reloadAreas] = useKeptAsync(useAsync((signal) => serviceAreas(api, signal), [api]));
  const [staff, reloadStaff] = useKeptAsync(useAsync((signal) => api.staff({}, signal), [api]));
  // Each save is logged: the log below loads again to show it.
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  const people = useMemo(
    () => new Map(staff.status === 'ok' ? staff.value.map((s) => [s.id, s.name] as const) : []),
    [staff],
  );
  return (
    <div className={styles.root}>
      <div>
        <ViewHeading>{texts.heading}</ViewHeading>
        <Text as="p" block>
          {texts.intro}
        </Text>
      </div>
      <AttentionSection areas={areas} onOpenDeliveries={onOpenDeliveries} />
      <ServiceAreasSection
        areas={areas}
        staff={staff}
        reload={() => {
          reloadAreas();
          changed();
        }}
      />
      <AddStaffForm
        onAdded={() => {
          reloadStaff();
          reloadAreas();
          changed();
        }}
      />
      <CountySettingsSection
        onSaved={() => {
          reloadAreas();
          changed();
        }}
      />
      <AuditLogSection people={people} changes={changes} />
    </div>
  );
}

/** The last loaded value stands while it is loaded again (an error still shows). */
function useKeptAsync<T>([state, reload]: [AsyncState<T>, () => void]): [
  AsyncState<T>,
  () => void,
] {
  const last = useRef<AsyncState<T> | null>(null);
  if (state.status !== 'loading') last.current = state;
  return [state.status === 'loading' && last.current !== null ? last.current : state, reload];
}
