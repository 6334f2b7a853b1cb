/**
 * Moving between the page's addresses without a reload: push (or replace) a
 * history entry, then tell every listener (useRoute, useUrlState) as Back
 * would, with a popstate event.
 */
export function navigateTo(to: string, options: { replace?: boolean } = {}): void {
  setAddress(to, options);
  announceAddress();
}

/** The history entry alone: the address changes, nothing on the page does until `announceAddress`. */
export function setAddress(to: string, options: { replace?: boolean } = {}): void {
  const url = to === '' || to.startsWith('?') || to.startsWith('#') ? `${window.location.pathname}${to}` : to;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

/** Tells every listener the address changed, as Back would (a popstate event), and goes to the top. */
export function announceAddress(): void {
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/** onClick for an <a href> that stays in the page (ordinary clicks only; a middle or modified click opens a tab). */
export function onLinkClick(to: string) {
  return (e: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; preventDefault(): void }) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigateTo(to);
  };
}
