import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { PHENOMENON_LEVELS } from '../../../src/domain/phenomenon/phenomenon';
import type { Level } from './api';
import { useWorkspaceLabels } from './use-workspace-labels';

type Props = {
  readonly id: string;
  readonly value: Level | null;
  readonly onChange: (value: Level | null) => void;
  readonly error?: string;
};

/** Micro, meso or macro, or not said: one choice, as radio buttons. */
export function LevelField({ id, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const labels = useWorkspaceLabels();
  return (
    <Field label={t('workspace.level')} validationMessage={error}>
      <RadioGroup
        id={id}
        value={value ?? ''}
        onChange={(_, d) => onChange(d.value === '' ? null : (d.value as Level))}
      >
        <Radio value="" label={t('workspace.none')} />
        {PHENOMENON_LEVELS.map((level) => (
          <Radio key={level} value={level} label={labels.level(level)} />
        ))}
      </RadioGroup>
    </Field>
  );
}
