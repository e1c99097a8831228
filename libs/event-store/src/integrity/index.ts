export * from './integrity-report.js';
export * from './anchor.js';
export * from './stream-chains.js';
export * from './verify-audit-trail.js';
export * from './anchor-audit-trail.js';
