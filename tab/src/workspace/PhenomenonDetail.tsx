import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import type { PhenomenonTrend } from './api';
import { Facts } from './Facts';
import { LinkedObservations } from './LinkedObservations';
import { PhenomenonForm } from './PhenomenonForm';
import { PhenomenonWhere } from './PhenomenonWhere';
import { usePhenomenon, usePhenomenonWrites } from './use-phenomena';
import { useWorkspaceLabels } from './use-workspace-labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  // The heading and the outcome of the last save, which is there only now and then.
  top: { display: 'flex', flexDirection: 'column' },
  edit: { alignSelf: 'flex-start' },
});

type Props = {
  readonly id: string;
  /** Move the focus to the heading once it is there (just made, or opened on a narrow screen). */
  readonly focus: boolean;
  readonly canWrite: boolean;
  readonly periodId: string;
  readonly trend: PhenomenonTrend | undefined;
};

/** One phenomenon: what it is, where it showed this period, its observations; edit for writers. */
export function PhenomenonDetail({ id, focus, canWrite, periodId, trend }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labels = useWorkspaceLabels();
  const query = usePhenomenon(id);
  const { edit, reload } = usePhenomenonWrites();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  const loaded = query.data !== undefined;
  const focused = useRef(false);
  useEffect(() => {
    if (!focus || !loaded || focused.current) return;
    focused.current = true;
    heading.current?.focus();
  }, [focus, loaded]);

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadFailed error={query.error} retry={() => void query.refetch()} />;
  const { value: phenomenon, etag } = query.data;

  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <div className={styles.root} data-testid="phenomenon-detail">
      <div className={styles.top}>
        <Heading level={3} id="phenomenon-heading" ref={heading} focusable>
          {phenomenon.title}
        </Heading>
        <LiveMessage message={message} polite={['success']} />
      </div>
      {editing ? (
        <PhenomenonForm
          editing={phenomenon}
          headingLevel={4}
          save={async (patch) => {
            await edit.mutateAsync({ id, patch, etag });
            setEditing(false);
            setMessage({ intent: 'success', text: t('workspace.phenomena.saved') });
            requestAnimationFrame(() => heading.current?.focus());
          }}
          onConflict={() => reload(id)}
          onCancel={stopEditing}
        />
      ) : (
        <>
          <Facts
            facts={[
              {
                term: t('workspace.phenomena.description'),
                value: phenomenon.description || t('common.empty'),
                testId: 'phenomenon-description',
              },
              { term: t('workspace.forms'), value: labels.forms(phenomenon.forms) },
              { term: t('workspace.level'), value: labels.level(phenomenon.level) },
            ]}
          />
          {canWrite && (
            <Button
              className={styles.edit}
              ref={editButton}
              onClick={() => {
                setMessage(null);
                setEditing(true);
              }}
            >
              {t('workspace.edit')}
            </Button>
          )}
        </>
      )}
      <PhenomenonWhere trend={trend} periodId={periodId} />
      <LinkedObservations phenomenon={phenomenon} canWrite={canWrite} />
    </div>
  );
}
