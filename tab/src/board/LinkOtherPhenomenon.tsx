import { Button, Field, Text } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FitSelect } from '../common/FitSelect';
import { Heading } from '../common/Heading';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { NewPhenomenonForm } from './NewPhenomenonForm';
import { usePhenomenaStyles } from './phenomena.styles';
import type { PanelPhenomenaState } from './use-panel-phenomena';

/** Any phenomenon of the workspace from a list, or a new one named from this observation. */
export function LinkOtherPhenomenon({ state }: { readonly state: PanelPhenomenaState }) {
  const { t } = useTranslation();
  const styles = usePhenomenaStyles();
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const { phenomena, others } = state;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const target = others.find((p) => p.id === chosen);
    if (!target) {
      setError(t('phenomenaPanel.chooseFirst'));
      return;
    }
    setError(undefined);
    if (await state.link({ id: target.id, title: target.title })) setChosen('');
  };

  return (
    <div className={styles.part}>
      <Heading level={4}>{t('phenomenaPanel.otherHeading')}</Heading>
      {phenomena.isPending && <Loading />}
      {phenomena.isError && (
        <LoadFailed error={phenomena.error} retry={() => void phenomena.refetch()} />
      )}
      {phenomena.isSuccess &&
        (others.length === 0 ? (
          <Text as="p" block className={styles.para}>
            {t(
              phenomena.data.length === 0
                ? 'phenomenaPanel.noPhenomena'
                : 'phenomenaPanel.allLinked',
            )}
          </Text>
        ) : (
          <form className={styles.part} onSubmit={(e) => void submit(e)} noValidate>
            <Field
              label={{
                children: t('phenomenaPanel.otherLabel'),
                htmlFor: 'panel-other-phenomenon',
              }}
              validationMessage={error}
            >
              <FitSelect
                id="panel-other-phenomenon"
                value={chosen}
                onChange={(_, d) => {
                  setChosen(d.value);
                  setError(undefined);
                }}
              >
                <option value="">{t('common.choose')}</option>
                {others.map((p) => (
                  <option key={p.id} value={p.id}>
                    {t('phenomenaPanel.option', { title: p.title, count: p.observationCount })}
                  </option>
                ))}
              </FitSelect>
            </Field>
            <div>
              <Button type="submit" disabledFocusable={state.busy}>
                {t('phenomenaPanel.otherLink')}
              </Button>
            </div>
          </form>
        ))}
      <NewPhenomenonForm state={state} />
    </div>
  );
}
