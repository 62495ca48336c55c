export type { RouteContext } from './route-context';
export { registerSystemRoutes } from './system-routes';
export { registerIdentityRoutes } from './identity-routes';
export { registerObservationRoutes } from './observation-routes';
export { registerLifecycleRoutes } from './lifecycle-routes';
export { registerDigestRoutes } from './digest-routes';
export { registerAdminRoutes } from './admin-routes';
export { registerBotRoutes } from './bot-routes';
