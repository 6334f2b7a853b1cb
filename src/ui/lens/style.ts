/** How a mark category looks: colour is never the only cue (each also has its own underline, weight or slant). */
export interface MarkStyle {
  label: string;
  /** Classes on the marked run. */
  className: string;
  /** What the legend says about the non-colour cue. */
  cue: string;
}
