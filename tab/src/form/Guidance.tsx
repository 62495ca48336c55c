import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  box: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    borderRadius: tokens.borderRadiusMedium,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalL,
    marginBlockEnd: tokens.spacingVerticalL,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    marginBlock: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});

/** The seeds' three rules, shown above the form (domain brief §4). */
export function Guidance() {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <section className={styles.box} aria-labelledby="guidance-heading">
      <h3 id="guidance-heading" className={styles.heading}>
        {t('form.guidanceTitle')}
      </h3>
      <ul className={styles.list}>
        <li>{t('form.guidanceNoClientData')}</li>
        <li>{t('form.guidanceSupervisionAct')}</li>
        <li>{t('form.guidanceOwnUnit')}</li>
      </ul>
    </section>
  );
}
