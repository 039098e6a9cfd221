export * from './app-ports.js';
export * from './chromium.js';
export * from './free-port.js';
export * from './platform.js';
export * from './service-process.js';
