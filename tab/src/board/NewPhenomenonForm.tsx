import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhenomenaStyles } from './phenomena.styles';
import type { PanelPhenomenaState } from './use-panel-phenomena';

/**
 * The server's limit (MAX_PHENOMENON_TITLE_LENGTH in src/domain/phenomenon/validate-phenomenon.ts),
 * written here because that module brings the server's validation library with it; the server
 * checks again.
 */
const MAX_PHENOMENON_TITLE_LENGTH = 200;

/** A new phenomenon named from this observation, created and linked in one go. */
export function NewPhenomenonForm({ state }: { readonly state: PanelPhenomenaState }) {
  const { t } = useTranslation();
  const styles = usePhenomenaStyles();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const toggle = useRef<HTMLButtonElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (open) titleInput.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setError(undefined);
    requestAnimationFrame(() => toggle.current?.focus());
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') {
      setError(t('common.required'));
      titleInput.current?.focus();
      return;
    }
    if (trimmed.length > MAX_PHENOMENON_TITLE_LENGTH) {
      setError(t('common.tooLong', { count: trimmed.length, max: MAX_PHENOMENON_TITLE_LENGTH }));
      titleInput.current?.focus();
      return;
    }
    setError(undefined);
    // Created and linked: the focus goes to it in the linked list (PanelPhenomena).
    if (await state.create(trimmed, description.trim())) {
      setTitle('');
      setDescription('');
      setOpen(false);
    }
  };
  // Escape closes this form, not the whole panel around it.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    e.preventDefault();
    close();
  };

  return (
    <>
      <div>
        <Button
          ref={toggle}
          aria-expanded={open}
          aria-controls={open ? 'panel-new-phenomenon' : undefined}
          onClick={() => (open ? close() : setOpen(true))}
        >
          {t('phenomenaPanel.newToggle')}
        </Button>
      </div>
      {open && (
        <form
          id="panel-new-phenomenon"
          className={styles.part}
          onSubmit={(e) => void submit(e)}
          onKeyDown={onKeyDown}
          noValidate
          data-testid="new-phenomenon"
        >
          <Field
            label={{ children: t('phenomenaPanel.newTitle'), htmlFor: 'panel-new-title' }}
            hint={t('phenomenaPanel.newTitleHint')}
            required
            validationMessage={error}
          >
            <Input
              id="panel-new-title"
              ref={titleInput}
              value={title}
              onChange={(_, d) => {
                setTitle(d.value);
                setError(undefined);
              }}
            />
          </Field>
          <Field
            label={{
              children: t('phenomenaPanel.newDescription'),
              htmlFor: 'panel-new-description',
            }}
          >
            <Textarea
              id="panel-new-description"
              resize="vertical"
              rows={3}
              value={description}
              onChange={(_, d) => setDescription(d.value)}
            />
          </Field>
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" disabledFocusable={state.busy}>
              {t('phenomenaPanel.create')}
            </Button>
            <Button type="button" onClick={close}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
