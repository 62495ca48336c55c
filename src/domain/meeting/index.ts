export * from './meeting';
export * from './scheduled-meetings';
export * from './validate-meeting';
export * from './agenda';
