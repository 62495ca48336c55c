import { lazy, useEffect, useState, type ComponentType } from 'react';
import { ObservationForm } from '../form/ObservationForm';
import type { Route } from './use-route';

// The form is in the first chunk (it is the first view of most users); every other view is
// fetched when first opened (Workspace puts a ViewBoundary around this), so a reporter's first
// load carries neither the board nor the deliveries view.
function lazyView<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [View, { keepingTabster }] = await Promise.all([load(), import('./keep-tabster')]);
    return { default: keepingTabster(View) };
  });
}
const MyReports = lazyView(() => import('../my-reports/MyReports').then((m) => m.MyReports));
const Board = lazyView(() => import('../board/Board').then((m) => m.Board));
const Deliveries = lazyView(() => import('../deliveries/Deliveries').then((m) => m.Deliveries));
const AdminView = lazyView(() => import('../admin/AdminView').then((m) => m.AdminView));
const WorkspaceView = lazyView(() =>
  import('../workspace/WorkspaceView').then((m) => m.WorkspaceView),
);

export function Views({ route, navigate }: { route: Route; navigate: (r: Route) => void }) {
  // The observation "my reports" opens with, when the form sends the reporter to one.
  const [openId, setOpenId] = useState<string | null>(null);
  useEffect(() => {
    if (route !== 'mine') setOpenId(null);
  }, [route]);

  switch (route) {
    case 'mine':
      return <MyReports initialSelectedId={openId} onFileNew={() => navigate('new')} />;
    case 'board':
      return <Board />;
    case 'workspace':
      return <WorkspaceView />;
    case 'deliveries':
      return <Deliveries />;
    case 'admin':
      return <AdminView onOpenDeliveries={() => navigate('deliveries')} />;
    default:
      return (
        <ObservationForm
          onShowMine={(observationId) => {
            setOpenId(observationId ?? null);
            navigate('mine');
          }}
        />
      );
  }
}
