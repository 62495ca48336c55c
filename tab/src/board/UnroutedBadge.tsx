import { Badge } from '@fluentui/react-components';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { UnroutedContext } from './unrouted';

/** "Ei esihenkilöä – koordinaattorille" on an observation nobody else answers for; else nothing. */
export function UnroutedBadge({ observationId }: { readonly observationId: string }) {
  const { t } = useTranslation();
  if (!useContext(UnroutedContext).has(observationId)) return null;
  return (
    <Badge appearance="tint" color="danger" shape="rounded" data-testid="unrouted">
      {t('board.unrouted')}
    </Badge>
  );
}
