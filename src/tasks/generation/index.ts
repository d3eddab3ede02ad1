export * from './squad.js';
export * from './rouge.js';
export * from './bleu.js';
export * from './chrf.js';
export { pythonSplit, pythonRstrip } from './text.js';
export * from './registry.js';
