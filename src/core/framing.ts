/** Shim: the framing lens moved to lenses/frame.ts (src/cli's tests import it from here). */
export * from './lenses/frame';
