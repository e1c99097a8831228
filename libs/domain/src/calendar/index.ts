export * from './fiscal-calendar.js';
export * from './fiscal-calendar.events.js';
export * from './fiscal-calendar.commands.js';
export * from './fiscal-calendar.state.js';
export * from './fiscal-calendar.decider.js';
export * from './due-status.js';
export * from './awaited-items.js';
