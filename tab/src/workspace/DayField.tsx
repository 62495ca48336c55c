import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({ field: { maxWidth: '16rem' } });

type Props = {
  readonly id: string;
  readonly label: string;
  /** The day as written (d.M.yyyy); checked when the form is sent (dates.ts parseDay). */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  readonly required?: boolean;
};

/**
 * A day, typed as d.M.yyyy whatever the browser's own locale (a native date input would show
 * the browser's format, not the Finnish one).
 */
export function DayField({ id, label, value, onChange, error, required = false }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Field
      className={styles.field}
      label={{ children: label, htmlFor: id }}
      required={required}
      hint={t('workspace.dateHint')}
      validationMessage={error}
    >
      <Input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}
