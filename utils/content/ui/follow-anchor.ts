/**
 * Keeps a fixed-position element beside an anchor through scrolling, resizing and layout changes, and
 * reports when the anchor is gone. Work happens at most once per frame.
 */
export function followAnchor(anchor: HTMLElement, place: (rect: DOMRect) => void, onGone: () => void): () => void {
  let frame = 0;
  const update = () => {
    frame = 0;
    if (!anchor.isConnected || anchor.getClientRects().length === 0) {
      stop();
      onGone();
      return;
    }
    place(anchor.getBoundingClientRect());
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  const resize = new ResizeObserver(schedule);
  resize.observe(anchor);
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  // Dialogs close and SPAs swap pages without any event on the anchor itself.
  const heartbeat = setInterval(schedule, 400);
  function stop() {
    cancelAnimationFrame(frame);
    resize.disconnect();
    window.removeEventListener('scroll', schedule, { capture: true });
    window.removeEventListener('resize', schedule);
    clearInterval(heartbeat);
  }
  update();
  return stop;
}
