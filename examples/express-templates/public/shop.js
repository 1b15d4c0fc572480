// The page's own script, allowed by the response's nonce. The policy page's "Change your cookie
// settings" link opens the preferences through the global API; the page is marked ready once
// cookiekit has started (the browser tests wait for it).
(function () {
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href="#cookie-settings"]');
    if (!link) return;
    event.preventDefault();
    window.cookiekit.showPreferences();
  });
  function ready() {
    if (window.cookiekit && window.cookiekit.kit && document.querySelector('[data-cookiekit-ui]')) {
      document.documentElement.dataset.shopReady = 'true';
    } else setTimeout(ready, 20);
  }
  ready();
})();
