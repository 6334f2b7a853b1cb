/**
 * The analysis core's public surface. Pure: no React, DOM or fetch; it runs in
 * Node (command line, evaluation), in the page and in a Web Worker.
 */
export { compareReports } from './compare';
export { resolveOptions, DEFAULT_SENSITIVITY } from './options';
export { classifyClaim, describeKind } from './classify';
export { cleanText } from './clean';
export { segmentBlocks, segmentText } from './segment';
export { dedupeSentences } from './dedupe';
export { frameReport, emptyFraming } from './framing';
export { detectVoices } from './voices';
export { detectActors } from './actors';
export { detectLoaded } from './loaded';
export { detectFacts, factMatrix } from './facts';
export * from './types';
