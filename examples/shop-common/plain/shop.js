// The page script of the shops without a framework (static-html under `script-src 'self'`,
// express-templates with the response's nonce). A "Change your cookie settings" link opens the
// preferences through the global API; the page is marked ready once cookiekit has started (the
// browser tests wait for it).
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
