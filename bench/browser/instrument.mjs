// Runs in every page before its own scripts (a Playwright init script), so the observers see the
// whole load. Everything is timed with performance.now(), whose zero is the navigation start.

/**
 * Records into `window.__bench`:
 * - bannerInDom: when an element matching `selector` was first added to the document
 *   (MutationObserver; for a server-rendered banner that is while the HTML is parsed);
 * - bannerRafFirst / bannerRafSettled: the first animation frame whose requestAnimationFrame
 *   callback finds the banner rendered with a pixel on screen (display not none, visibility
 *   visible, opacity > 0, non-empty box intersecting the viewport), and the first in which it is
 *   wholly in the viewport, opaque and no CSS animation or transition in it is running. This is
 *   what the page's main thread can see: it lags behind the screen while a long task runs,
 *   because Chromium runs transform and opacity animations on the compositor thread;
 * - the banner's CSS animations and transitions (caught in those same callbacks), whose start
 *   times and ends on the document timeline (same zero as performance.now()) are read in
 *   `collect()`: they say when the entrance began and ended on screen, whatever the main thread
 *   was doing;
 * - bannerInsertions: how many distinct banner elements were inserted (a re-render would show here);
 * - paint timings, the last largest-contentful-paint, layout shifts (with whether a source node
 *   is in the banner), long tasks, CSP violations.
 */
export function instrument(selector) {
  const s = (window.__bench = {
    bannerInDom: null,
    bannerRafFirst: null,
    bannerRafSettled: null,
    bannerInsertions: 0,
    paints: {},
    lcp: null,
    shifts: [],
    longTasks: [],
    csp: [],
  });
  const inBanner = (node) => {
    const el = node && (node.nodeType === 1 ? node : node.parentElement);
    return !!el && (!!el.closest(selector) || !!el.querySelector(selector));
  };

  // Distinct banner elements: a framework that threw the server's banner away and rendered its
  // own would count 2.
  const seen = new WeakSet();
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        for (const el of [...(node.matches(selector) ? [node] : []), ...node.querySelectorAll(selector)]) {
          if (seen.has(el)) continue;
          seen.add(el);
          s.bannerInsertions += 1;
          s.bannerInDom ??= performance.now();
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });

  // Not enumerable: Animation objects do not survive serialisation; collect() reads them.
  const animations = [];
  Object.defineProperty(window, '__benchAnimations', { value: animations });

  const frame = () => {
    const now = performance.now();
    const el = document.querySelector(selector);
    if (el) {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const rendered =
        style.display !== 'none' && style.visibility === 'visible' && Number(style.opacity) > 0 && box.width > 0 && box.height > 0;
      const onScreen = rendered && box.top < innerHeight && box.bottom > 0 && box.left < innerWidth && box.right > 0;
      if (onScreen && s.bannerRafFirst === null) s.bannerRafFirst = now;
      const whole = onScreen && box.top >= -0.5 && box.bottom <= innerHeight + 0.5 && Number(style.opacity) === 1;
      // getComputedStyle above brought style up to date, so an entrance animation or transition
      // the banner's styles start exists by now (still pending on its first frame).
      const current = el.getAnimations({ subtree: true });
      for (const a of current) if (!animations.includes(a)) animations.push(a);
      const moving = current.some((a) => a.playState === 'running' || a.pending);
      if (whole && !moving) {
        s.bannerRafSettled = now;
        return; // stop polling: the check forces a style and layout pass every frame
      }
    }
    if (now < 20_000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      // Entry type unsupported: its figures stay empty (Chromium supports all of these).
    }
  };
  observe('paint', (e) => (s.paints[e.name] = e.startTime));
  observe('largest-contentful-paint', (e) => (s.lcp = { t: e.startTime, banner: inBanner(e.element) }));
  observe('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    s.shifts.push({
      t: e.startTime,
      value: e.value,
      banner: e.sources.some((src) => inBanner(src.node)),
      nodes: e.sources.map((src) => {
        const el = src.node && (src.node.nodeType === 1 ? src.node : src.node.parentElement);
        return el ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}` : '(removed)';
      }),
    });
  });
  observe('longtask', (e) => s.longTasks.push({ t: e.startTime, d: e.duration }));
  document.addEventListener('securitypolicyviolation', (e) => s.csp.push(`${e.violatedDirective} ${e.blockedURI || '(inline)'}`));
}

/** Collected in the page at the end of a sample: the recorder plus navigation and resource timing. */
export function collect() {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource').map((r) => ({
    url: r.name,
    initiator: r.initiatorType,
    transfer: r.transferSize,
    encoded: r.encodedBodySize,
    decoded: r.decodedBodySize,
  }));
  // Entrance animations and transitions that ran (a cancelled one has no start time).
  const entrance = window.__benchAnimations
    .filter((a) => a.startTime !== null)
    .map((a) => ({
      name: a.animationName ?? a.transitionProperty ?? a.constructor.name,
      start: a.startTime,
      end: a.startTime + a.effect.getComputedTiming().endTime / Math.abs(a.playbackRate || 1),
    }));
  return {
    ...window.__bench,
    entrance,
    nav: {
      url: nav.name,
      responseStart: nav.responseStart,
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      transfer: nav.transferSize,
      encoded: nav.encodedBodySize,
      decoded: nav.decodedBodySize,
    },
    resources,
  };
}
