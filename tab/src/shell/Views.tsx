import { Board } from '../board/Board';
import { Deliveries } from '../deliveries';
import { ObservationForm } from '../form/ObservationForm';
import { MyReports } from '../my-reports/MyReports';
import type { Route } from './use-route';

export function Views({ route, navigate }: { route: Route; navigate: (r: Route) => void }) {
  switch (route) {
    case 'mine':
      return <MyReports />;
    case 'board':
      return <Board />;
    case 'deliveries':
      return <Deliveries />;
    default:
      return <ObservationForm onShowMine={() => navigate('mine')} />;
  }
}
