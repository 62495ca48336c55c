import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { Status } from '../api/types';
import { useLabels } from './use-labels';

const COLOR: Record<Status, BadgeProps['color']> = {
  received: 'informative',
  in_review: 'brand',
  forwarded: 'brand',
  action_proposed: 'success',
  closed: 'important',
  returned: 'warning',
  withdrawn: 'subtle',
};

export function StatusBadge({ status }: { status: Status }) {
  const labels = useLabels();
  return (
    <Badge appearance="tint" shape="rounded" color={COLOR[status]}>
      {labels.status(status)}
    </Badge>
  );
}
