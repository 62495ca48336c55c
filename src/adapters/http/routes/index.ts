export type { RouteContext } from './route-context';
export { registerSystemRoutes } from './system-routes';
export { registerIdentityRoutes } from './identity-routes';
export { registerObservationRoutes } from './observation-routes';
export { registerLifecycleRoutes } from './lifecycle-routes';
