export * from './decode-text.js';
export * from './read-document.js';
export * from './read-docx.js';
export * from './read-text.js';
