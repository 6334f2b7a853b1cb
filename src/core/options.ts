/**
 * Defaults of the analysis, in one place: re-exported from the light module
 * the page's main thread may import (defaults.ts).
 */
export { DEFAULT_SENSITIVITY, DEFAULT_THRESHOLD, resolveOptions } from './defaults';
