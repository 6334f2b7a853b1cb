/**
 * The analysis core's public surface. Pure: no React, DOM or fetch; it runs in
 * Node (command line, evaluation), in the page and in a Web Worker.
 * Folders and contracts: docs/architecture.md.
 */
export { compareReports, createAnalyzer, checkInput, type Analyzer, type AnalyzerConfig } from './analyzer';
export { CompareInputError, type CompareInputErrorCode } from './errors';
export { resolveOptions, DEFAULT_SENSITIVITY } from './options';
export { classifyClaim, describeKind } from './claims/classify';
export { groupClaims } from './claims/group';
export { cleanText } from './preparation/clean';
export { segmentBlocks, segmentText } from './preparation/segment';
export { dedupeSentences } from './preparation/dedupe';
export { prepareReport, type PreparedReport } from './preparation/prepare';
export { tokenize, type Token } from './text/tokenize';
export { frameReport, emptyFraming } from './lenses/frame';
export { LENSES } from './lenses/registry';
export { defineLens, type Lens, type LensInput, type FramingOf } from './lenses/lens';
export { detectVoices } from './lenses/voices/detect';
export { detectActors } from './lenses/actors/detect';
export { detectLoaded } from './lenses/loaded/detect';
export { detectFacts, factMatrix } from './lenses/facts/detect';
export type { Matcher, MatchInput, MatchSentence, ScoredPairs, CandidatePair, SentenceRef } from './matching/matcher';
export { createLexicalMatcher, LEXICAL } from './matching/lexical/matcher';
export type { LanguageProfile, LanguageFiles, ProfileOverride } from './language/profile';
export { loadLanguageProfile, validateLanguageFiles, applyOverrides, LanguageProfileError } from './language/load';
export { bundledProfile, BUNDLED_LANGUAGES, DEFAULT_OVERRIDES, DEFAULT_PROFILE } from './language/bundled';
export * from './types';
export { createSemanticMatcher, scoreSemantic, SEMANTIC_FEATURE_NAMES, type SemanticMatcher } from './matching/semantic/matcher';
export { EmbeddingCache, type SentenceEncoder } from './matching/semantic/encoder';
export { fillFromPack, readVectorPack, writeVectorPack, type PackRead, type VectorPack } from './matching/semantic/pack';
export { createOnnxEncoder, type OnnxEncoderFiles } from './matching/semantic/onnx';
export { nearVerbatim, sameQuotation, ruleFloor, polarityOf, contrast } from './matching/rules';
export {
  EDITS_SCHEMA,
  NO_CORRECTIONS,
  fingerprint,
  keyOf,
  parseCorrections,
  encodeCorrections,
  decodeCorrections,
  toEditsFile,
  type Edit,
  type EditOp,
  type ClaimNote,
  type Corrections,
  type SentenceKey,
} from './edits/format';
export { replayCorrections, type ReplayResult } from './edits/apply';
