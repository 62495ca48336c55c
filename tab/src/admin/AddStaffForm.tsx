import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import { Heading } from '../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';
import { errorText } from '../common/error-text';
import { useSession } from '../shell/session';
import { addStaff } from './admin-api';
import { ADMIN_TEXTS } from './admin-texts';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  action: { justifySelf: 'start' },
});

type StaffField = 'id' | 'name' | 'email';

/** A person not yet in the staff directory, by Entra object id, name and e-mail. */
export function AddStaffForm({ onAdded }: { readonly onAdded: () => void }) {
  const { api, language } = useSession();
  const { t } = useTranslation();
  const texts = ADMIN_TEXTS[language].staff;
  const styles = useStyles();
  const [values, setValues] = useState<Record<StaffField, string>>({ id: '', name: '', email: '' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<StaffField, string>>>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    setFieldErrors({});
    try {
      const added = await addStaff(api, {
        id: values.id.trim(),
        name: values.name.trim(),
        email: values.email.trim() === '' ? null : values.email.trim(),
      });
      const name = added.value.name;
      // 201 added; 200 already there (the write returns the member either way).
      const created = added.value.name === values.name.trim();
      setMessage({ intent: 'success', text: created ? texts.added(name) : texts.existed(name) });
      setValues({ id: '', name: '', email: '' });
      onAdded();
    } catch (error) {
      if (isApiError(error) && error.fields.length > 0) {
        setFieldErrors(
          Object.fromEntries(error.fields.map((f) => [f.field, f.message])) as Partial<
            Record<StaffField, string>
          >,
        );
      }
      setMessage({ intent: 'error', text: errorText(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const input = (
    field: StaffField,
    label: string,
    hint?: string,
    type: 'text' | 'email' = 'text',
  ) => (
    <Field
      label={{ children: label, htmlFor: `staff-${field}` }}
      required={field !== 'email'}
      {...(hint === undefined ? {} : { hint })}
      {...(fieldErrors[field] === undefined
        ? {}
        : { validationMessage: fieldErrors[field], validationState: 'error' as const })}
    >
      <Input
        id={`staff-${field}`}
        type={type}
        value={values[field]}
        onChange={(_, d) => setValues((v) => ({ ...v, [field]: d.value }))}
      />
    </Field>
  );

  return (
    <section aria-labelledby="admin-staff">
      <Heading level={3} id="admin-staff">
        {texts.heading}
      </Heading>
      <Text as="p" block>
        {texts.intro}
      </Text>
      <form className={styles.form} onSubmit={(e) => void submit(e)} aria-labelledby="admin-staff">
        {input('id', texts.id, texts.idHint)}
        {input('name', texts.name)}
        {input('email', texts.email, undefined, 'email')}
        <Button className={styles.action} type="submit" disabledFocusable={busy}>
          {texts.add}
        </Button>
      </form>
      <LiveMessage message={message} polite={['success']} />
    </section>
  );
}
