/**
 * Every lens, in the order they run (and appear in `ReportResult.framing`).
 * A new lens is its folder (detect.ts, types, tests, lens.ts) plus ONE line
 * here; `ReportFraming` follows from this list.
 */
import { actorsLens } from './actors/lens';
import { factsLens } from './facts/lens';
import type { FramingOf } from './lens';
import { loadedLens } from './loaded/lens';
import { voicesLens } from './voices/lens';

export const LENSES = [
  voicesLens,
  actorsLens,
  loadedLens,
  factsLens,
] as const;

export type RegistryFraming = FramingOf<typeof LENSES>;
