// A stand-in for a Google tag (no outside network): gated on the shop's statistics service, it
// reads the Consent Mode commands cookiekit pushed to `dataLayer` and shows the state it would
// obey, as `data-tag-consent` on <html> (analytics_storage and ad_storage).
(function () {
  var state = {};
  var layer = (window.dataLayer = window.dataLayer || []);
  function read(entry) {
    if (entry && entry[0] === 'consent' && entry[2]) for (var k in entry[2]) state[k] = entry[2][k];
    document.documentElement.dataset.tagConsent =
      'analytics_storage=' + state.analytics_storage + ';ad_storage=' + state.ad_storage;
  }
  for (var i = 0; i < layer.length; i++) read(layer[i]);
  var push = layer.push;
  layer.push = function () {
    for (var j = 0; j < arguments.length; j++) read(arguments[j]);
    return push.apply(layer, arguments);
  };
})();
