/** The tool's version, written into every result (kept equal to package.json by a test). */
export const TOOL_VERSION = '0.1.0';

/** Bumped whenever a metric's definition changes; results with different versions are not comparable. */
export const METRIC_DEFINITIONS_VERSION = 1;
