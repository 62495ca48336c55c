import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';
import { StatusBadge } from '../common/StatusBadge';
import { errorText } from '../common/error-text';
import { useLabels } from '../common/use-labels';
import type { PhenomenonDetails } from './api';
import { usePhenomenonWrites } from './use-phenomena';
import { useWorkspaceLabels } from './use-workspace-labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
  },
  excerpt: { margin: 0, overflowWrap: 'anywhere' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
});

type Props = { readonly phenomenon: PhenomenonDetails; readonly canWrite: boolean };

/** The observations linked to a phenomenon that the user may see; writers can unlink them. */
export function LinkedObservations({ phenomenon, canWrite }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useWorkspaceLabels();
  const styles = useStyles();
  const { unlink } = usePhenomenonWrites();
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `linked-${phenomenon.id}`;

  const remove = (observationId: string) => {
    setMessage(null);
    unlink.mutate(
      { id: phenomenon.id, observationId },
      {
        // The row is gone with its button: the focus goes to the list's heading.
        onSuccess: () => {
          setMessage({ intent: 'success', text: t('workspace.phenomena.unlinked') });
          heading.current?.focus();
        },
        onError: (error) => setMessage({ intent: 'error', text: errorText(error, t) }),
      },
    );
  };

  const hidden = phenomenon.hiddenObservationCount;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="linked-observations">
      <Heading level={4} id={headingId} ref={heading} focusable>
        {t('workspace.phenomena.observations')}
      </Heading>
      <LiveMessage message={message} polite={['success']} />
      {phenomenon.observations.length === 0 ? (
        <Text>{t('workspace.phenomena.noObservations')}</Text>
      ) : (
        <ul className={styles.list}>
          {phenomenon.observations.map((o) => (
            <li key={o.id} className={styles.item}>
              <p className={styles.excerpt} id={`excerpt-${o.id}`}>
                {o.excerpt}
              </p>
              <span className={styles.meta}>
                <StatusBadge status={o.status} />
                <Text size={200}>{labels.list('serviceAreas', o.serviceArea)}</Text>
                <Text size={200}>{labels.list('municipalities', o.municipality)}</Text>
                <Text size={200}>
                  {t('workspace.phenomena.filed', { date: labels.date(o.createdAt) })}
                </Text>
              </span>
              {canWrite && (
                <Button
                  size="small"
                  aria-describedby={`excerpt-${o.id}`}
                  disabledFocusable={unlink.isPending}
                  onClick={() => remove(o.id)}
                >
                  {t('workspace.phenomena.unlink')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <Text>{t('workspace.phenomena.hidden', { count: hidden, n: words.number(hidden) })}</Text>
      )}
    </section>
  );
}
