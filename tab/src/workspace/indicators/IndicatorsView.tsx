import { Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FitSelect } from '../../common/FitSelect';
import { Heading } from '../../common/Heading';
import { LoadFailed } from '../../common/LoadFailed';
import { Loading } from '../../common/Loading';
import { useSession } from '../../shell/session';
import { indicatorsQuery } from './indicators-api';
import { IndicatorItem } from './IndicatorItem';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { margin: 0, maxWidth: '60rem' },
  year: { maxWidth: '12rem' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
});

const THIS_YEAR = new Date().getFullYear();
/** The years to follow: this one and the four before it. */
const YEARS = Array.from({ length: 5 }, (_, i) => THIS_YEAR - i);

/**
 * "Toteutumisen seuranta": the implementation plan's indicators of a year, each achieved or
 * not, with the evidence it rests on (counts, dates, links to what was published).
 */
export function IndicatorsView() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useSession();
  const [year, setYear] = useState(THIS_YEAR);
  const query = useQuery(indicatorsQuery(api, year));
  const items = query.data?.items ?? [];
  const achieved = items.filter((i) => i.achieved).length;

  return (
    <section className={styles.root} aria-labelledby="indicators-heading">
      <Heading level={3} id="indicators-heading">
        {t('workspace.indicators.heading')}
      </Heading>
      <Text as="p" block className={styles.intro}>
        {t('workspace.indicators.intro')}
      </Text>
      <Field
        className={styles.year}
        label={{ children: t('workspace.indicators.year'), htmlFor: 'indicators-year' }}
      >
        <FitSelect
          id="indicators-year"
          value={String(year)}
          onChange={(_, d) => setYear(Number(d.value))}
        >
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </FitSelect>
      </Field>
      {query.isPending && <Loading />}
      {query.isError && <LoadFailed error={query.error} retry={() => void query.refetch()} />}
      {query.data && (
        <>
          <Text as="p" block role="status" data-testid="indicators-summary">
            {t('workspace.indicators.summary', { year, achieved, total: items.length })}
          </Text>
          <ul className={styles.list} data-testid="indicator-list">
            {items.map((i) => (
              <IndicatorItem key={i.id} indicator={i} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
