export * from './api.js';
export * from './files.js';
export * from './limits.js';
export * from './plan.js';
export * from './sandbox.js';
export * from './schemas.js';
