import { useEffect, useState } from 'react';
import { Board } from '../board/Board';
import { Deliveries } from '../deliveries';
import { ObservationForm } from '../form/ObservationForm';
import { MyReports } from '../my-reports/MyReports';
import type { Route } from './use-route';

export function Views({ route, navigate }: { route: Route; navigate: (r: Route) => void }) {
  // The observation "my reports" opens with, when the form sends the reporter to one.
  const [openId, setOpenId] = useState<string | null>(null);
  useEffect(() => {
    if (route !== 'mine') setOpenId(null);
  }, [route]);

  switch (route) {
    case 'mine':
      return <MyReports initialSelectedId={openId} />;
    case 'board':
      return <Board />;
    case 'deliveries':
      return <Deliveries />;
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
