export * from './align/pair-segments.js';
export * from './model/index.js';
export * from './pipeline/align-files.js';
export * from './read/index.js';
