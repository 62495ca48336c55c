export { addressOf, referenceOf, scopeOf, type Scope } from './conversation-address';
