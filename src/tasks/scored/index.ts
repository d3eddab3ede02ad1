export * from './registry.js';
export * from './evaluate.js';
export * from './resample.js';
export * from './family.js';
