/**
 * Bringing a sentence into view without moving the page.
 *
 * `element.scrollIntoView()` (and a plain `focus()`) scroll every scrollable
 * ancestor, the document and `overflow: hidden` boxes included: on wide
 * screens, where each report column scrolls on its own, that slid the page
 * header, summary and lens bar out of the window. These helpers scroll only
 * the sentence's own column when the column is a scroll container (wide
 * screens), and the document when it is not (narrow screens: the columns
 * stack and the page itself scrolls).
 */

/** Where the target should end up: centred, a third of the way down, or moved as little as possible. */
export type ScrollBlock = 'center' | 'third' | 'nearest';

const MARGIN = 8;

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The column scroll container holding `el`, if it actually scrolls (wide screens). */
export function columnScroller(el: Element): HTMLElement | null {
  const scroller = el.closest<HTMLElement>('[data-column-scroller]');
  if (!scroller) return null;
  const overflow = getComputedStyle(scroller).overflowY;
  return overflow === 'auto' || overflow === 'scroll' ? scroller : null;
}

/**
 * The scroll offset that puts a box of height `height`, now `offset` px below
 * the top of a viewport of height `view` scrolled to `scrollTop`, at `block`;
 * null when `nearest` finds it already in view. Exported for tests.
 */
export function scrollTarget(
  { scrollTop, view, offset, height, max }: { scrollTop: number; view: number; offset: number; height: number; max: number },
  block: ScrollBlock,
  inset = 0,
): number | null {
  const top = inset + MARGIN;
  const bottom = view - MARGIN;
  let next: number;
  if (block === 'nearest') {
    if (offset >= top && offset + height <= bottom) return null;
    next = offset < top || height > bottom - top ? scrollTop + offset - top : scrollTop + offset + height - bottom;
  } else {
    const room = view - inset;
    const at = block === 'center' ? inset + Math.max(MARGIN, (room - height) / 2) : inset + Math.max(MARGIN, room / 3 - height / 2);
    next = scrollTop + offset - at;
  }
  return Math.round(Math.min(Math.max(0, next), Math.max(0, max)));
}

/**
 * Scrolls `el` into view inside its own column (wide screens) or the document
 * (narrow screens, below the sticky outlet tabs); never any other container.
 */
export function scrollIntoColumn(el: HTMLElement, block: ScrollBlock = 'center'): void {
  const behavior: ScrollBehavior = prefersReducedMotion() ? 'auto' : 'smooth';
  const t = el.getBoundingClientRect();
  const scroller = columnScroller(el);
  if (scroller) {
    if (scroller.scrollHeight <= scroller.clientHeight) return;
    const box = scroller.getBoundingClientRect();
    const top = scrollTarget(
      {
        scrollTop: scroller.scrollTop,
        view: scroller.clientHeight,
        offset: t.top - box.top - scroller.clientTop,
        height: t.height,
        max: scroller.scrollHeight - scroller.clientHeight,
      },
      block,
    );
    if (top !== null && Math.abs(top - scroller.scrollTop) >= 1) scroller.scrollTo({ top, behavior });
    return;
  }
  // The document scrolls: keep clear of the column's sticky header.
  const doc = document.scrollingElement ?? document.documentElement;
  // The outlet tabs (narrow screens) stick to the top of the window.
  const tabs = document.querySelector('[data-sticky-tabs]');
  const inset = tabs && getComputedStyle(tabs).position === 'sticky' ? tabs.getBoundingClientRect().height : 0;
  const top = scrollTarget(
    { scrollTop: doc.scrollTop, view: window.innerHeight, offset: t.top, height: t.height, max: doc.scrollHeight - window.innerHeight },
    block,
    inset,
  );
  if (top !== null && Math.abs(top - doc.scrollTop) >= 1) window.scrollTo({ top, behavior });
}

/** Focuses `el` and scrolls it into view in its own column only. */
export function focusInColumn(el: HTMLElement, block: ScrollBlock = 'nearest'): void {
  el.focus({ preventScroll: true });
  scrollIntoColumn(el, block);
}
