import { type Lifetime, startScope } from '../lifetime';

/**
 * Keeps a fixed-position element beside an anchor through scrolling, resizing and layout changes, and
 * reports when the anchor is gone. Work happens at most once per frame.
 */
export function followAnchor(
  lifetime: Lifetime,
  anchor: HTMLElement,
  place: (rect: DOMRect) => void,
  onGone: () => void,
): () => void {
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
  // Dialogs close and SPAs swap pages without any event on the anchor itself. Asking `isValid` on each beat
  // is how a script orphaned by an extension update finds out, and ends everything it started.
  const heartbeat = setInterval(() => {
    if (lifetime.isValid) schedule();
  }, 400);
  const { signal, stop } = startScope(lifetime, () => {
    cancelAnimationFrame(frame);
    resize.disconnect();
    clearInterval(heartbeat);
  });
  window.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  window.addEventListener('resize', schedule, { passive: true, signal });
  // Typing moves the text inside the anchor without resizing it, and what sits beside it may have to move away.
  anchor.addEventListener('input', schedule, { passive: true, signal });
  update();
  return stop;
}
