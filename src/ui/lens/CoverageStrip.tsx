import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ClaimKind } from '../../core/index';
import { KINDS, kindStyle } from '../kinds';
import { focusInColumn } from '../comparison/scrollInColumn';
import { segmentAt, stripStep, type CoverageSegment } from './coverage';

/** Scrolls a column to one of its sentences and focuses it. */
export function goToSentence(report: number, sentence: number) {
  const el = document.querySelector<HTMLElement>(`section[data-report="${report}"] [data-sentence="${sentence}"]`);
  if (!el) return;
  // Only the column (or, on narrow screens, the document) scrolls: never the page around the columns.
  focusInColumn(el, 'center');
}

/**
 * A thin strip of the report's sentences in text order, each as wide as it is long: where the shared,
 * partial and unique claims lie. Drawn on one canvas under one ARIA slider (#16): it was a button per
 * sentence, so a 3 × 1,000 comparison carried 2,794 absolutely placed buttons (each its own paint layer) and
 * 1,729 hatched gradients in the page header — 5,588 of its 13,682 elements, repainted with the header on
 * every lens switch and selection. A slider is also what it is to a screen reader: a position along the
 * report ("Sentence 12 of 930: shared claim (c12)"), moved by ←/→, Home/End and PageUp/PageDown, where
 * Enter, Space or a click goes to the sentence — not a thousand buttons.
 */
export const CoverageStrip = memo(function CoverageStrip({ segments, outlet, report }: { segments: readonly CoverageSegment[]; outlet: string; report: number }) {
  const [current, setCurrent] = useState(0);
  const [hover, setHover] = useState(-1);
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const probeRefs = useRef<Partial<Record<ClaimKind, HTMLSpanElement | null>>>({});
  const count = segments.length;
  const at = Math.min(current, Math.max(0, count - 1));

  // Drawn when the strip is first laid out, when its segments change and when it is resized. The
  // ResizeObserver's callback runs after layout, so it reads the kinds' colours and the strip's size
  // there without forcing a style recalculation (drawing at once in the effect did: ~40 ms of the first
  // paint's task at 3 × 1,000); the drawing itself goes to a task of its own, so the three strips'
  // 7.9 + 2.6 + 2.1 ms (traced, 3 × 1,000) are not added to the rendering frame that lays out the
  // columns (that frame was the one task over 50 ms left while analysing, docs/performance.md).
  useEffect(() => {
    const box = boxRef.current;
    const canvas = canvasRef.current;
    if (!box || !canvas) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const draw = (w: number, h: number) => {
      const colours = kindColours(probeRefs.current);
      clearTimeout(timer);
      timer = setTimeout(() => drawStrip(canvas, segments, colours, window.devicePixelRatio || 1, w, h), 0);
    };
    if (typeof ResizeObserver === 'undefined') {
      drawStrip(canvas, segments, kindColours(probeRefs.current), window.devicePixelRatio || 1, canvas.clientWidth, canvas.clientHeight);
      return;
    }
    const ro = new ResizeObserver((entries) => {
      const r = entries[entries.length - 1]?.contentRect;
      if (r) draw(r.width, r.height);
    });
    ro.observe(box);
    return () => {
      ro.disconnect();
      clearTimeout(timer);
    };
  }, [segments]);

  const go = useCallback(
    (i: number) => {
      const s = segments[i];
      if (!s) return;
      setCurrent(i);
      goToSentence(report, s.sentence);
    },
    [segments, report],
  );
  const fractionOf = (clientX: number) => {
    const rect = boxRef.current?.getBoundingClientRect();
    return rect && rect.width > 0 ? (clientX - rect.left) / rect.width : 0;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      go(at);
      return;
    }
    const next = stripStep(e.key, at, count);
    if (next === null) return;
    e.preventDefault();
    setCurrent(next);
  };

  if (count === 0) return null;
  const describe = (i: number) => {
    const s = segments[i]!;
    return `Sentence ${s.sentence + 1} of ${count}: ${kindStyle(s.kind).label.toLowerCase()} claim (${s.claim})`;
  };
  const mark = segments[at]!;
  const hovered = hover >= 0 && hover < count ? segments[hover]! : null;
  return (
    <div className="mt-2">
      <div ref={boxRef} className="relative h-3.5 rounded-sm bg-stone-50 ring-1 ring-stone-200">
        <canvas ref={canvasRef} aria-hidden="true" className="pointer-events-none absolute inset-0 size-full" />
        {/* The kinds' colours, read by the canvas from the same classes the rest of the page uses. */}
        {KINDS.map((k) => (
          <span
            key={k}
            aria-hidden="true"
            hidden
            ref={(el) => {
              probeRefs.current[k] = el;
            }}
            className={kindStyle(k).bar}
          />
        ))}
        <div
          role="slider"
          tabIndex={0}
          aria-label={`Where ${outlet}’s claims lie: sentences in order, shared, partial or unique`}
          aria-orientation="horizontal"
          aria-valuemin={1}
          aria-valuemax={count}
          aria-valuenow={at + 1}
          aria-valuetext={describe(at)}
          title={hovered ? `Sentence ${hovered.sentence + 1}: ${kindStyle(hovered.kind).label.toLowerCase()} claim (${hovered.claim})` : undefined}
          onKeyDown={onKeyDown}
          onClick={(e) => go(segmentAt(segments, fractionOf(e.clientX)))}
          onPointerMove={(e) => {
            const i = segmentAt(segments, fractionOf(e.clientX));
            if (i !== hover) setHover(i);
          }}
          onPointerLeave={() => setHover(-1)}
          className="group absolute inset-0 cursor-pointer rounded-sm outline-none"
        >
          {/* The current sentence, outlined while the strip has keyboard focus; the hovered one, darkened. */}
          <span
            aria-hidden="true"
            className="pointer-events-none absolute -inset-y-0.5 hidden rounded-[2px] outline-2 outline-offset-1 outline-sky-700 group-focus-visible:block"
            style={{ left: `${mark.left * 100}%`, width: `max(2px, calc(${mark.width * 100}% - 1px))` }}
          />
          {hovered && (
            <span
              aria-hidden="true"
              className="pointer-events-none absolute inset-y-0 bg-stone-900/15"
              style={{ left: `${hovered.left * 100}%`, width: `max(2px, calc(${hovered.width * 100}% - 1px))` }}
            />
          )}
        </div>
      </div>
    </div>
  );
});

/** The kinds' bar colours, read once from the page's own classes (the probes) and kept: the theme does not change. */
let colourCache: Partial<Record<ClaimKind, string>> | null = null;
function kindColours(probes: Partial<Record<ClaimKind, HTMLSpanElement | null>>): Partial<Record<ClaimKind, string>> {
  if (colourCache) return colourCache;
  const colours: Partial<Record<ClaimKind, string>> = {};
  for (const k of KINDS) {
    const probe = probes[k];
    if (probe) colours[k] = getComputedStyle(probe).backgroundColor;
  }
  if (KINDS.every((k) => colours[k])) colourCache = colours;
  return colours;
}

/** Height encodes the kind as well as colour (for readers who can't tell the colours apart): shared full, partial two thirds, unique one third. */
const HEIGHT: Record<ClaimKind, number> = { shared: 1, partial: 2 / 3, unique: 1 / 3 };

/**
 * Paints the segments: each from `left` for `width` of the strip (at least 2 px, less a 1 px gap), as tall as
 * its kind, from the bottom; partial ones also hatched with light diagonal lines (every 3 px).
 */
function drawStrip(canvas: HTMLCanvasElement, segments: readonly CoverageSegment[], colours: Partial<Record<ClaimKind, string>>, dpr: number, w: number, h: number) {
  // The size is the strip's box as last laid out (the canvas fills it): reading clientWidth here could force a layout.
  if (w === 0 || h === 0) return;
  canvas.width = Math.round(w * dpr);
  canvas.height = Math.round(h * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  // The hatching: a repeating pattern filled over each partial segment (two fills per segment, no clip path).
  const hatch = hatchPattern(ctx, dpr);
  for (const kind of KINDS) {
    const colour = colours[kind] ?? '#888';
    for (const s of segments) {
      if (s.kind !== kind) continue;
      const x = s.left * w;
      const sw = Math.max(2, s.width * w - 1);
      const sh = h * HEIGHT[kind];
      ctx.fillStyle = colour;
      ctx.fillRect(x, h - sh, sw, sh);
      if (kind === 'partial' && hatch) {
        ctx.fillStyle = hatch;
        ctx.fillRect(x, h - sh, sw, sh);
      }
    }
  }
}

/** Light diagonal lines (“/”, every 3 CSS pixels) for partial segments, as a repeating pattern. */
function hatchPattern(ctx: CanvasRenderingContext2D, dpr: number): CanvasPattern | null {
  const size = Math.max(3, Math.round(3 * dpr));
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.strokeStyle = 'rgb(255 255 255 / 0.55)';
  t.lineWidth = Math.max(1, dpr);
  t.beginPath();
  // The tile's diagonal and its two wrap-around halves, so the lines join across tiles.
  for (const dx of [-size, 0, size]) {
    t.moveTo(dx, size);
    t.lineTo(dx + size, 0);
  }
  t.stroke();
  const pattern = ctx.createPattern(tile, 'repeat');
  // The tile is in device pixels; the context draws in CSS pixels.
  pattern?.setTransform(new DOMMatrix([1 / dpr, 0, 0, 1 / dpr, 0, 0]));
  return pattern;
}
