/**
 * The framing lens of one report: who speaks (voices.ts), how actors are
 * named (actors.ts), loaded and hedging words (loaded.ts), facts and figures
 * (facts.ts). Loaded words take the voices, so a word inside a quotation is
 * charged to its speaker rather than to the outlet.
 */
import { detectActors } from './actors/detect';
import { detectFacts } from './facts/detect';
import { detectLoaded } from './loaded/detect';
import type { ReportFraming, Span } from '../types';
import { detectVoices } from './voices/detect';

export function frameReport(text: string, sentences: Span[]): ReportFraming {
  const voices = detectVoices(text, sentences);
  return {
    voices,
    actors: detectActors(text, sentences),
    loaded: detectLoaded(text, sentences, undefined, voices),
    facts: detectFacts(text, sentences).facts,
  };
}

/** A report with nothing detected: a neutral value for tests and for building results by hand. */
export function emptyFraming(): ReportFraming {
  return frameReport('', []);
}
