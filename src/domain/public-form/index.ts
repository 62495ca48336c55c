export * from './public-submission';
export * from './public-status';
export * from './receipt';
export * from './bot-check';
export * from './validate-public-submission';
export * from './public-queue-policy';
export * from './validate-decision';
