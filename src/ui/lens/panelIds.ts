/** The framing summary's element id, for its toggle (FramingSummary.tsx itself loads lazily). */
export const FRAMING_PANEL_ID = 'framing-summary';
