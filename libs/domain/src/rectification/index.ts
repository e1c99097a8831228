export * from './rectification.js';
export * from './rectification.events.js';
export * from './rectification.commands.js';
export * from './rectification.state.js';
export * from './decide-rectification.js';
export * from './rectification-proposals.js';
