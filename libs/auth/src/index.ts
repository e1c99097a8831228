export * from './token-error.js';
export * from './password.js';
export * from './jwt.js';
export * from './bearer.js';
export * from './secret.js';
