/**
 * The analysis core's public surface. Pure: no React, DOM or fetch; it runs in
 * Node (command line, evaluation), in the page and in a Web Worker.
 */
export { compareReports } from './analyzer';
export { resolveOptions, DEFAULT_SENSITIVITY } from './options';
export { classifyClaim, describeKind } from './claims/classify';
export { cleanText } from './preparation/clean';
export { segmentBlocks, segmentText } from './preparation/segment';
export { dedupeSentences } from './preparation/dedupe';
export { frameReport, emptyFraming } from './lenses/frame';
export { detectVoices } from './lenses/voices/detect';
export { detectActors } from './lenses/actors/detect';
export { detectLoaded } from './lenses/loaded/detect';
export { detectFacts, factMatrix } from './lenses/facts/detect';
export * from './types';
