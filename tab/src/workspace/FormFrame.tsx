import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Props = {
  /** The ids' prefix: the heading, which names the form, is `<prefix>-heading`. */
  readonly prefix: string;
  readonly testId: string;
  readonly headingLevel: 3 | 4 | 5;
  readonly heading: string;
  /** useSaveForm's state: its save, its outcome (announced) and whether it is saving. */
  readonly form: {
    readonly submit: () => Promise<boolean>;
    readonly message: LiveMessageValue | null;
    readonly busy: boolean;
  };
  readonly submitLabel: string;
  readonly busyLabel: string;
  /** Cancel or Escape: the caller puts the focus back where the form was opened. */
  readonly onCancel: () => void;
  /** The id of the field that takes the focus when the form opens (a group: its first input). */
  readonly firstField: string;
  readonly className?: string | undefined;
  readonly children: ReactNode;
};

/**
 * A workspace form's frame: its heading, the fields given, the save's outcome and the save and
 * cancel buttons. The browser's own checks are off (the tab's and the server's show on the
 * fields instead).
 */
export function FormFrame(props: Props) {
  const { prefix, form, onCancel, firstField } = props;
  const { t } = useTranslation();
  const styles = useStyles();

  // Opening the form takes the focus to its first field.
  useEffect(() => {
    const field = document.getElementById(firstField);
    const input = field?.matches('input, select, textarea') ? field : field?.querySelector('input');
    input?.focus();
  }, [firstField]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void form.submit();
  };
  // Escape closes the form; an open list inside it (its own Escape) closes first.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onCancel();
  };

  return (
    <form
      className={mergeClasses(styles.form, props.className)}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby={`${prefix}-heading`}
      data-testid={props.testId}
    >
      <Heading level={props.headingLevel} id={`${prefix}-heading`}>
        {props.heading}
      </Heading>
      {props.children}
      <LiveMessage message={form.message} polite={['success']} />
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={form.busy}>
          {form.busy ? props.busyLabel : props.submitLabel}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
