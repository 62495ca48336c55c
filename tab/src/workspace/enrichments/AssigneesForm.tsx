import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../common/LiveMessage';
import { useSaveForm } from '../use-save-form';
import { StaffPicker } from './StaffPicker';
import { useStaff } from './use-enrichments';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  button: { alignSelf: 'flex-start' },
});

type Values = { readonly assigneeIds: readonly string[] };

type Props = {
  readonly value: readonly string[];
  readonly save: (assigneeIds: readonly string[]) => Promise<void>;
};

/** The area's supervisors (and the RAKE group) name who else answers; the newly named are told. */
export function AssigneesForm({ value, save }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const staff = useStaff().data ?? [];
  const form = useSaveForm<Values>(
    { assigneeIds: value },
    {
      fieldIds: { assigneeIds: 'assignees' },
      validate: () => ({}),
      send: (v) => save(v.assigneeIds),
    },
  );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void form.submit();
  };
  return (
    <form
      className={styles.form}
      onSubmit={onSubmit}
      noValidate
      aria-label={t('workspace.enrichments.assignees')}
      data-testid="assignees-form"
    >
      <StaffPicker
        id="assignees"
        label={t('workspace.enrichments.assignees')}
        hint={t('workspace.enrichments.assigneesHint')}
        staff={staff}
        value={form.values.assigneeIds}
        onChange={(ids) => form.set('assigneeIds', ids)}
        {...(form.errors.assigneeIds ? { error: form.errors.assigneeIds } : {})}
      />
      <LiveMessage message={form.message} polite={['success']} />
      <Button className={styles.button} type="submit" disabledFocusable={form.busy}>
        {form.busy ? t('workspace.saving') : t('workspace.enrichments.assigneesSave')}
      </Button>
    </form>
  );
}
