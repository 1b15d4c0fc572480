// The shop's own visit statistics (service `shop-analytics`, category `statistics`): runs only
// once allowed. Sets the `_shop_stats` visitor id and counts visits in localStorage.
(function () {
  var match = document.cookie.match(/(?:^|;\s*)_shop_stats=([^;]+)/);
  var id = match ? match[1] : Math.random().toString(36).slice(2) + Date.now().toString(36);
  if (!match) document.cookie = '_shop_stats=' + id + '; Max-Age=34186669; Path=/; SameSite=Lax';
  var key = 'shop_stats:visits';
  localStorage.setItem(key, String(Number(localStorage.getItem(key) || '0') + 1));
  document.documentElement.dataset.shopStats = 'on';
})();
