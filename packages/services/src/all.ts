/**
 * Every preset, by name, with its facts and a sample call: for the CLI's scanner, the README's
 * table and the tests. Importing it pulls every preset; a site imports one preset per entry instead.
 */
import type { CategoryKind } from '@cookiekit/core';
import type { PresetFacts, PresetService } from './types';
import { googleAnalytics4, googleAnalytics4Facts } from './presets/google-analytics-4';
import { googleTagManager, googleTagManagerFacts } from './presets/google-tag-manager';
import { googleAds, googleAdsFacts } from './presets/google-ads';
import { googleMaps, googleMapsFacts } from './presets/google-maps';
import { youtube, youtubeFacts } from './presets/youtube';
import { recaptcha, recaptchaFacts } from './presets/recaptcha';
import { metaPixel, metaPixelFacts } from './presets/meta-pixel';
import { linkedInInsight, linkedInInsightFacts } from './presets/linkedin-insight';
import { tiktokPixel, tiktokPixelFacts } from './presets/tiktok-pixel';
import { xPixel, xPixelFacts } from './presets/x-pixel';
import { pinterestTag, pinterestTagFacts } from './presets/pinterest-tag';
import { snapPixel, snapPixelFacts } from './presets/snap-pixel';
import { redditPixel, redditPixelFacts } from './presets/reddit-pixel';
import { microsoftClarity, microsoftClarityFacts } from './presets/microsoft-clarity';
import { microsoftUet, microsoftUetFacts } from './presets/microsoft-uet';
import { hotjar, hotjarFacts } from './presets/hotjar';
import { matomo, matomoFacts } from './presets/matomo';
import { matomoCloud, matomoCloudFacts } from './presets/matomo-cloud';
import { plausible, plausibleFacts } from './presets/plausible';
import { fathom, fathomFacts } from './presets/fathom';
import { mixpanel, mixpanelFacts } from './presets/mixpanel';
import { amplitude, amplitudeFacts } from './presets/amplitude';
import { segment, segmentFacts } from './presets/segment';
import { hubspot, hubspotFacts } from './presets/hubspot';
import { intercom, intercomFacts } from './presets/intercom';
import { zendesk, zendeskFacts } from './presets/zendesk';
import { crisp, crispFacts } from './presets/crisp';
import { vimeo, vimeoFacts } from './presets/vimeo';
import { wistia, wistiaFacts } from './presets/wistia';
import { spotifyEmbed, spotifyEmbedFacts } from './presets/spotify-embed';
import { soundcloudEmbed, soundcloudEmbedFacts } from './presets/soundcloud-embed';
import { calendly, calendlyFacts } from './presets/calendly';
import { typeform, typeformFacts } from './presets/typeform';
import { stripe, stripeFacts } from './presets/stripe';
import { paypal, paypalFacts } from './presets/paypal';
import { shopifyCheckout, shopifyCheckoutFacts } from './presets/shopify-checkout';
import { cloudflareTurnstile, cloudflareTurnstileFacts } from './presets/cloudflare-turnstile';
import { hcaptcha, hcaptchaFacts } from './presets/hcaptcha';
import { sentry, sentryFacts } from './presets/sentry';
import { datadogRum, datadogRumFacts } from './presets/datadog-rum';
import { optimizely, optimizelyFacts } from './presets/optimizely';
import { vwo, vwoFacts } from './presets/vwo';
import { abTasty, abTastyFacts } from './presets/ab-tasty';
import { criteo, criteoFacts } from './presets/criteo';
import { taboola, taboolaFacts } from './presets/taboola';
import { outbrain, outbrainFacts } from './presets/outbrain';
import { bingMaps, bingMapsFacts } from './presets/bing-maps';
import { openStreetMap, openStreetMapFacts } from './presets/openstreetmap';
import { disqus, disqusFacts } from './presets/disqus';
import { instagramEmbed, instagramEmbedFacts } from './presets/instagram-embed';
import { adobeAnalytics, adobeAnalyticsFacts } from './presets/adobe-analytics';

/** One preset as the catalog lists it. */
export interface CatalogEntry {
  /** The preset's name and entry: `@cookiekit/services/<name>`. */
  readonly name: string;
  /** The exported function. */
  readonly exportName: string;
  readonly title: string;
  readonly kind: CategoryKind;
  /** A call with placeholder options, as a draft policy writes it. */
  readonly call: string;
  /** The same call, made. */
  readonly sample: () => PresetService;
  readonly facts: PresetFacts;
}

/** Every preset, in the order of the README's table. */
export const catalog: readonly CatalogEntry[] = [
  { name: 'google-analytics-4', exportName: 'googleAnalytics4', title: 'Google Analytics 4 (gtag.js)', kind: 'statistics', call: 'googleAnalytics4({ measurementId: \'G-XXXXXXX\' })', sample: () => googleAnalytics4({ measurementId: 'G-XXXXXXX' }), facts: googleAnalytics4Facts },
  { name: 'google-tag-manager', exportName: 'googleTagManager', title: 'Google Tag Manager', kind: 'marketing', call: 'googleTagManager({ containerId: \'GTM-XXXXXXX\' })', sample: () => googleTagManager({ containerId: 'GTM-XXXXXXX' }), facts: googleTagManagerFacts },
  { name: 'google-ads', exportName: 'googleAds', title: 'Google Ads conversion tracking and remarketing (gtag.js)', kind: 'marketing', call: 'googleAds({ conversionId: \'AW-123456789\' })', sample: () => googleAds({ conversionId: 'AW-123456789' }), facts: googleAdsFacts },
  { name: 'google-maps', exportName: 'googleMaps', title: 'Google Maps embed', kind: 'marketing', call: 'googleMaps({ apiKey: \'AIza…\' })', sample: () => googleMaps({ apiKey: 'AIza…' }), facts: googleMapsFacts },
  { name: 'youtube', exportName: 'youtube', title: 'YouTube embed (privacy-enhanced mode, youtube-nocookie.com)', kind: 'marketing', call: 'youtube()', sample: () => youtube(), facts: youtubeFacts },
  { name: 'recaptcha', exportName: 'recaptcha', title: 'Google reCAPTCHA', kind: 'necessary', call: 'recaptcha({ siteKey: \'6Lc…\' })', sample: () => recaptcha({ siteKey: '6Lc…' }), facts: recaptchaFacts },
  { name: 'meta-pixel', exportName: 'metaPixel', title: 'Meta Pixel (Facebook)', kind: 'marketing', call: 'metaPixel({ pixelId: \'123456789012345\' })', sample: () => metaPixel({ pixelId: '123456789012345' }), facts: metaPixelFacts },
  { name: 'linkedin-insight', exportName: 'linkedInInsight', title: 'LinkedIn Insight Tag', kind: 'marketing', call: 'linkedInInsight({ partnerId: \'1234567\' })', sample: () => linkedInInsight({ partnerId: '1234567' }), facts: linkedInInsightFacts },
  { name: 'tiktok-pixel', exportName: 'tiktokPixel', title: 'TikTok Pixel', kind: 'marketing', call: 'tiktokPixel({ pixelId: \'C0XXXXXXXXXXXXXXXX\' })', sample: () => tiktokPixel({ pixelId: 'C0XXXXXXXXXXXXXXXX' }), facts: tiktokPixelFacts },
  { name: 'x-pixel', exportName: 'xPixel', title: 'X (Twitter) Pixel', kind: 'marketing', call: 'xPixel({ pixelId: \'o1234\' })', sample: () => xPixel({ pixelId: 'o1234' }), facts: xPixelFacts },
  { name: 'pinterest-tag', exportName: 'pinterestTag', title: 'Pinterest Tag', kind: 'marketing', call: 'pinterestTag({ tagId: \'2612345678901\' })', sample: () => pinterestTag({ tagId: '2612345678901' }), facts: pinterestTagFacts },
  { name: 'snap-pixel', exportName: 'snapPixel', title: 'Snap Pixel (Snapchat)', kind: 'marketing', call: 'snapPixel({ pixelId: \'00000000-0000-0000-0000-000000000000\' })', sample: () => snapPixel({ pixelId: '00000000-0000-0000-0000-000000000000' }), facts: snapPixelFacts },
  { name: 'reddit-pixel', exportName: 'redditPixel', title: 'Reddit Pixel', kind: 'marketing', call: 'redditPixel({ pixelId: \'t2_abcdef\' })', sample: () => redditPixel({ pixelId: 't2_abcdef' }), facts: redditPixelFacts },
  { name: 'microsoft-clarity', exportName: 'microsoftClarity', title: 'Microsoft Clarity', kind: 'statistics', call: 'microsoftClarity({ projectId: \'abcdef1234\' })', sample: () => microsoftClarity({ projectId: 'abcdef1234' }), facts: microsoftClarityFacts },
  { name: 'microsoft-uet', exportName: 'microsoftUet', title: 'Microsoft Advertising Universal Event Tracking (UET)', kind: 'marketing', call: 'microsoftUet({ tagId: \'12345678\' })', sample: () => microsoftUet({ tagId: '12345678' }), facts: microsoftUetFacts },
  { name: 'hotjar', exportName: 'hotjar', title: 'Hotjar', kind: 'statistics', call: 'hotjar({ siteId: \'1234567\' })', sample: () => hotjar({ siteId: '1234567' }), facts: hotjarFacts },
  { name: 'matomo', exportName: 'matomo', title: 'Matomo, self-hosted', kind: 'statistics', call: 'matomo({ url: \'https://stats.example.com/\', siteId: 1, exemption: { dataRetention: \'25 months\' } })', sample: () => matomo({ url: 'https://stats.example.com/', siteId: 1, exemption: { dataRetention: '25 months' } }), facts: matomoFacts },
  { name: 'matomo-cloud', exportName: 'matomoCloud', title: 'Matomo Cloud', kind: 'statistics', call: 'matomoCloud({ account: \'example\', siteId: 1 })', sample: () => matomoCloud({ account: 'example', siteId: 1 }), facts: matomoCloudFacts },
  { name: 'plausible', exportName: 'plausible', title: 'Plausible Analytics', kind: 'statistics', call: 'plausible({ domain: \'example.com\' })', sample: () => plausible({ domain: 'example.com' }), facts: plausibleFacts },
  { name: 'fathom', exportName: 'fathom', title: 'Fathom Analytics', kind: 'statistics', call: 'fathom({ siteId: \'ABCDEFG\' })', sample: () => fathom({ siteId: 'ABCDEFG' }), facts: fathomFacts },
  { name: 'mixpanel', exportName: 'mixpanel', title: 'Mixpanel', kind: 'statistics', call: 'mixpanel({ token: \'0123456789abcdef\' })', sample: () => mixpanel({ token: '0123456789abcdef' }), facts: mixpanelFacts },
  { name: 'amplitude', exportName: 'amplitude', title: 'Amplitude', kind: 'statistics', call: 'amplitude({ apiKey: \'0123456789abcdef\' })', sample: () => amplitude({ apiKey: '0123456789abcdef' }), facts: amplitudeFacts },
  { name: 'segment', exportName: 'segment', title: 'Segment (Twilio)', kind: 'statistics', call: 'segment({ writeKey: \'abc123\' })', sample: () => segment({ writeKey: 'abc123' }), facts: segmentFacts },
  { name: 'hubspot', exportName: 'hubspot', title: 'HubSpot tracking code', kind: 'marketing', call: 'hubspot({ portalId: \'1234567\' })', sample: () => hubspot({ portalId: '1234567' }), facts: hubspotFacts },
  { name: 'intercom', exportName: 'intercom', title: 'Intercom Messenger', kind: 'preferences', call: 'intercom({ appId: \'abc12345\' })', sample: () => intercom({ appId: 'abc12345' }), facts: intercomFacts },
  { name: 'zendesk', exportName: 'zendesk', title: 'Zendesk Web Widget (messaging)', kind: 'preferences', call: 'zendesk({ key: \'00000000-0000-0000-0000-000000000000\' })', sample: () => zendesk({ key: '00000000-0000-0000-0000-000000000000' }), facts: zendeskFacts },
  { name: 'crisp', exportName: 'crisp', title: 'Crisp chat', kind: 'preferences', call: 'crisp({ websiteId: \'00000000-0000-0000-0000-000000000000\' })', sample: () => crisp({ websiteId: '00000000-0000-0000-0000-000000000000' }), facts: crispFacts },
  { name: 'vimeo', exportName: 'vimeo', title: 'Vimeo embed', kind: 'preferences', call: 'vimeo()', sample: () => vimeo(), facts: vimeoFacts },
  { name: 'wistia', exportName: 'wistia', title: 'Wistia embed', kind: 'preferences', call: 'wistia()', sample: () => wistia(), facts: wistiaFacts },
  { name: 'spotify-embed', exportName: 'spotifyEmbed', title: 'Spotify embed', kind: 'marketing', call: 'spotifyEmbed()', sample: () => spotifyEmbed(), facts: spotifyEmbedFacts },
  { name: 'soundcloud-embed', exportName: 'soundcloudEmbed', title: 'SoundCloud embed', kind: 'marketing', call: 'soundcloudEmbed()', sample: () => soundcloudEmbed(), facts: soundcloudEmbedFacts },
  { name: 'calendly', exportName: 'calendly', title: 'Calendly inline embed', kind: 'preferences', call: 'calendly()', sample: () => calendly(), facts: calendlyFacts },
  { name: 'typeform', exportName: 'typeform', title: 'Typeform embed', kind: 'preferences', call: 'typeform()', sample: () => typeform(), facts: typeformFacts },
  { name: 'stripe', exportName: 'stripe', title: 'Stripe.js (payments)', kind: 'necessary', call: 'stripe()', sample: () => stripe(), facts: stripeFacts },
  { name: 'paypal', exportName: 'paypal', title: 'PayPal JavaScript SDK (checkout buttons)', kind: 'necessary', call: 'paypal({ clientId: \'AX…\', currency: \'EUR\' })', sample: () => paypal({ clientId: 'AX…', currency: 'EUR' }), facts: paypalFacts },
  { name: 'shopify-checkout', exportName: 'shopifyCheckout', title: 'Shopify cart and checkout', kind: 'necessary', call: 'shopifyCheckout()', sample: () => shopifyCheckout(), facts: shopifyCheckoutFacts },
  { name: 'cloudflare-turnstile', exportName: 'cloudflareTurnstile', title: 'Cloudflare Turnstile', kind: 'necessary', call: 'cloudflareTurnstile()', sample: () => cloudflareTurnstile(), facts: cloudflareTurnstileFacts },
  { name: 'hcaptcha', exportName: 'hcaptcha', title: 'hCaptcha', kind: 'necessary', call: 'hcaptcha()', sample: () => hcaptcha(), facts: hcaptchaFacts },
  { name: 'sentry', exportName: 'sentry', title: 'Sentry (Loader Script)', kind: 'statistics', call: 'sentry({ publicKey: \'abc123\' })', sample: () => sentry({ publicKey: 'abc123' }), facts: sentryFacts },
  { name: 'datadog-rum', exportName: 'datadogRum', title: 'Datadog Real User Monitoring', kind: 'statistics', call: 'datadogRum({ clientToken: \'pub…\', applicationId: \'…\' })', sample: () => datadogRum({ clientToken: 'pub…', applicationId: '…' }), facts: datadogRumFacts },
  { name: 'optimizely', exportName: 'optimizely', title: 'Optimizely Web Experimentation', kind: 'statistics', call: 'optimizely({ projectId: \'1234567890\' })', sample: () => optimizely({ projectId: '1234567890' }), facts: optimizelyFacts },
  { name: 'vwo', exportName: 'vwo', title: 'VWO (Visual Website Optimizer)', kind: 'statistics', call: 'vwo({ accountId: \'123456\' })', sample: () => vwo({ accountId: '123456' }), facts: vwoFacts },
  { name: 'ab-tasty', exportName: 'abTasty', title: 'AB Tasty', kind: 'statistics', call: 'abTasty({ accountId: \'0123456789abcdef\' })', sample: () => abTasty({ accountId: '0123456789abcdef' }), facts: abTastyFacts },
  { name: 'criteo', exportName: 'criteo', title: 'Criteo OneTag', kind: 'marketing', call: 'criteo({ accountId: \'12345\' })', sample: () => criteo({ accountId: '12345' }), facts: criteoFacts },
  { name: 'taboola', exportName: 'taboola', title: 'Taboola', kind: 'marketing', call: 'taboola({ publisherId: \'example-publisher\' })', sample: () => taboola({ publisherId: 'example-publisher' }), facts: taboolaFacts },
  { name: 'outbrain', exportName: 'outbrain', title: 'Outbrain', kind: 'marketing', call: 'outbrain()', sample: () => outbrain(), facts: outbrainFacts },
  { name: 'bing-maps', exportName: 'bingMaps', title: 'Bing Maps embed', kind: 'marketing', call: 'bingMaps()', sample: () => bingMaps(), facts: bingMapsFacts },
  { name: 'openstreetmap', exportName: 'openStreetMap', title: 'OpenStreetMap embed', kind: 'preferences', call: 'openStreetMap()', sample: () => openStreetMap(), facts: openStreetMapFacts },
  { name: 'disqus', exportName: 'disqus', title: 'Disqus comments', kind: 'marketing', call: 'disqus({ shortname: \'example\' })', sample: () => disqus({ shortname: 'example' }), facts: disqusFacts },
  { name: 'instagram-embed', exportName: 'instagramEmbed', title: 'Instagram embed', kind: 'marketing', call: 'instagramEmbed()', sample: () => instagramEmbed(), facts: instagramEmbedFacts },
  { name: 'adobe-analytics', exportName: 'adobeAnalytics', title: 'Adobe Analytics (AppMeasurement through Adobe tags)', kind: 'statistics', call: 'adobeAnalytics({ src: \'https://assets.adobedtm.com/abc/def/launch-123.min.js\' })', sample: () => adobeAnalytics({ src: 'https://assets.adobedtm.com/abc/def/launch-123.min.js' }), facts: adobeAnalyticsFacts },
];
