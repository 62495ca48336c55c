export * from './live-county';
export * from './county-settings';
export * from './service-area-supervisors';
export * from './add-staff-member';
