/** Names the page's sentence model (and its quantization): caches and vector packs are keyed by it. Kept apart from model.ts (asset imports) so Node code and tests can read it. */
export const MODEL_ID = 'all-MiniLM-L6-v2/q8';
