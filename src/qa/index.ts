export { type NumberMention, type NumberStrength, readNumbers } from '../numbers/read-numbers.js';
export * from './checks/index.js';
export { runChecks } from './run-checks.js';
export type { QaCheck, QaContext } from './types.js';
