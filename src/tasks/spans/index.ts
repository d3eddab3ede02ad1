export * from './errors.js';
export * from './entities.js';
export * from './scores.js';
export * from './sentence.js';
export * from './registry.js';
