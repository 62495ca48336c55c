import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { ProposalStatus } from './api';
import { useWorkspaceLabels } from './use-workspace-labels';

const COLOR: Record<ProposalStatus, BadgeProps['color']> = {
  draft: 'informative',
  proposed: 'brand',
  accepted: 'success',
  rejected: 'danger',
  in_progress: 'warning',
  done: 'success',
};

/** A proposal's status in words (the colour only repeats them). */
export function ProposalStatusBadge({ status }: { readonly status: ProposalStatus }) {
  const labels = useWorkspaceLabels();
  return (
    <Badge appearance="tint" shape="rounded" color={COLOR[status]}>
      {labels.status(status)}
    </Badge>
  );
}
