export * from './aligned.js';
export * from './document.js';
export * from './finding.js';
export * from './glossary.js';
export * from './language.js';
export * from './segment.js';
