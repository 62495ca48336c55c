import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TriageEdit } from '../api/types';
import { Heading } from '../common/Heading';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { useAsync } from '../common/use-async';
import { useLabels } from '../common/use-labels';
import { useSession } from '../shell/session';
import { triageValueText } from './triage-values';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  edit: {
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
    paddingInlineStart: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  who: { fontWeight: tokens.fontWeightSemibold },
  changes: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  field: { fontWeight: tokens.fontWeightSemibold },
  value: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  // Read by screen readers instead of the arrow, which only the eye needs.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

type Props = { readonly id: string; readonly version: number };

/**
 * The triage record's edit history under the form: who changed which fields from what to what,
 * and when. Reloaded whenever the observation's version moves (a save here or elsewhere).
 */
export function TriageHistory({ id, version }: Props) {
  const { t } = useTranslation();
  const { api } = useSession();
  const styles = useStyles();
  const headingId = useId();
  const [state, reload] = useAsync((signal) => api.triageHistory(id, signal), [api, id, version]);
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="triage-history">
      <Heading level={4} id={headingId}>
        {t('triageEdits.heading')}
      </Heading>
      <Text as="p" block size={200}>
        {t('triageEdits.intro')}
      </Text>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadFailed error={state.error} retry={reload} />}
      {state.status === 'ok' &&
        (state.value.length === 0 ? (
          <Text>{t('triageEdits.empty')}</Text>
        ) : (
          <ol className={styles.list}>
            {state.value.map((edit) => (
              <Edit key={edit.id} edit={edit} />
            ))}
          </ol>
        ))}
    </section>
  );
}

function Edit({ edit }: { readonly edit: TriageEdit }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useStyles();
  const empty = t('common.empty');
  return (
    <li className={styles.edit} data-testid="triage-edit">
      <Text className={styles.who}>
        {t('triageEdits.edit', { name: edit.actorName, date: labels.dateTime(edit.at) })}
      </Text>
      <dl className={styles.changes}>
        {edit.changes.map((change) => (
          <div key={change.field}>
            <dt className={styles.field}>{labels.triage(change.field)}</dt>
            <dd className={styles.value}>
              <span className={styles.hidden}>{t('triageEdits.before')}: </span>
              {triageValueText(change.field, change.before) || empty}
              <span aria-hidden="true"> → </span>
              <span className={styles.hidden}>, {t('triageEdits.after')}: </span>
              {triageValueText(change.field, change.after) || empty}
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
}
