import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PhenomenonTrend } from './api';
import { DetailHeading } from './DetailHeading';
import { Facts } from './Facts';
import { LinkedObservations } from './LinkedObservations';
import { LoadState } from './LoadState';
import { PhenomenonForm } from './PhenomenonForm';
import { PhenomenonWhere } from './PhenomenonWhere';
import { useEditMode } from './use-edit-mode';
import { useHeadingFocus } from './use-heading-focus';
import { usePhenomenon, usePhenomenonWrites } from './use-phenomena';
import { useWorkspaceLabels } from './use-workspace-labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
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
  const heading = useHeadingFocus(focus, query.data !== undefined);
  const editor = useEditMode(heading);

  if (query.isPending || query.isError) return <LoadState query={query} />;
  const { value: phenomenon, etag } = query.data;

  return (
    <div className={styles.root} data-testid="phenomenon-detail">
      <DetailHeading id="phenomenon-heading" headingRef={heading} message={editor.message}>
        {phenomenon.title}
      </DetailHeading>
      {editor.editing ? (
        <PhenomenonForm
          editing={phenomenon}
          headingLevel={4}
          save={async (patch) => {
            await edit.mutateAsync({ id, patch, etag });
            editor.saved(t('workspace.phenomena.saved'));
          }}
          onConflict={() => reload(id)}
          onCancel={editor.cancel}
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
            <Button className={styles.edit} ref={editor.button} onClick={editor.start}>
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
