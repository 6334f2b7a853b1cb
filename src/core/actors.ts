/** Shim: the actor lens moved to lenses/actors/ (the page imports DEFAULT_ACTORS from here). */
export * from './lenses/actors/detect';
