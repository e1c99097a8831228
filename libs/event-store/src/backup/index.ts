export * from './export-lines.js';
export * from './export-events.js';
export * from './restore-events.js';
export * from './export-file.js';
export * from './restore-sqlite-file.js';
