import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { STRUCTURAL_FORMS } from '../../../src/domain/phenomenon/phenomenon';
import type { StructuralForm } from './api';
import { useWorkspaceLabels } from './use-workspace-labels';

const useStyles = makeStyles({
  set: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
  },
  legend: {
    padding: 0,
    marginBlockEnd: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens.colorPaletteRedForeground1, flexBasis: '100%' },
});

type Props = {
  readonly id: string;
  readonly value: readonly StructuralForm[];
  readonly onChange: (value: StructuralForm[]) => void;
  readonly error?: string;
};

/** The five forms of structural social work as checkboxes, in a labelled group. */
export function FormsField({ id, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const labels = useWorkspaceLabels();
  const styles = useStyles();
  const toggle = (form: StructuralForm, on: boolean) =>
    onChange(STRUCTURAL_FORMS.filter((f) => (f === form ? on : value.includes(f))));
  return (
    <fieldset className={styles.set} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={styles.legend}>{t('workspace.forms')}</legend>
      {STRUCTURAL_FORMS.map((form, i) => (
        <Checkbox
          key={form}
          id={i === 0 ? id : `${id}-${form}`}
          label={labels.form(form)}
          checked={value.includes(form)}
          onChange={(_, d) => toggle(form, d.checked === true)}
        />
      ))}
      {error && (
        <Text id={`${id}-error`} className={styles.error}>
          {error}
        </Text>
      )}
    </fieldset>
  );
}
