// A stand-in for a third-party advertising pixel (service `ad-pixel`, category `marketing`):
// it sets the partner's visitor id and would report the page view. It calls no outside network.
(function () {
  if (!/(?:^|;\s*)_adp_uid=/.test(document.cookie)) {
    document.cookie = '_adp_uid=' + Math.random().toString(36).slice(2) + '; Max-Age=34186669; Path=/; SameSite=Lax';
  }
  document.documentElement.dataset.adPixel = 'on';
})();
