export * from './personal-data-finding';
export * from './personal-data-guard';
export * from './identity-code';
export * from './phone-number';
export * from './email-address';
export * from './street-address';
export * from './client-name';
