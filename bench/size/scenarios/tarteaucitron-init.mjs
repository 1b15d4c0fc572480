// The inline script a page adds after tarteaucitron.js, as its README shows it: init with the
// defaults that matter here, the site's two services. Bundled alone and counted with its files;
// tarteaucitron is a global, not a module.
/* global tarteaucitron */
tarteaucitron.init({
  privacyUrl: '/privacy',
  orientation: 'bottom',
  highPrivacy: true,
  DenyAllCta: true,
  AcceptAllCta: true,
  showIcon: true,
  removeCredit: false,
  useExternalCss: false,
  useExternalJs: false,
});
tarteaucitron.user.matomoId = 1;
tarteaucitron.user.matomoHost = '/matomo/';
(tarteaucitron.job = tarteaucitron.job || []).push('matomo', 'youtube');
