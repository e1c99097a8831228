export * from './delegation.js';
export * from './delegation.commands.js';
export * from './decide-delegation.js';
