// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Turkish: a noun after a number stays singular, so each unit has one form for every count.

/** Turkish catalog: import it from `@cookiekit/core/locales/tr`. */
export const tr: Messages = {
  lang: 'tr',
  dir: 'ltr',
  banner: {
    title: 'Bu sitedeki çerezler',
    text: 'Sitenin çalışması için zorunlu çerezler kullanıyoruz. Onay vermeniz hâlinde istatistik ve reklam amaçlı çerezler de kullanırız. Tercihinizi istediğiniz zaman “Çerez ayarları” bölümünden değiştirebilirsiniz.',
    acceptAll: 'Tümünü kabul et',
    rejectAll: 'Tümünü reddet',
    customize: 'Özelleştir',
    policyLink: 'Çerez politikası',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Son tercihinizden bu yana çerez politikamız değişti.',
      'policy-extended': 'Son tercihinizden bu yana çerezleri yeni amaçlarla kullanmaya başladık.',
      expired: 'Son tercihinizin süresi doldu.',
    },
  },
  preferences: {
    title: 'Çerez tercihleri',
    text: 'Hangi çerezleri kullanabileceğimizi seçin. Zorunlu çerezler her zaman açıktır: site onlar olmadan çalışamaz.',
    save: 'Tercihleri kaydet',
    acceptAll: 'Tümünü kabul et',
    rejectAll: 'Tümünü reddet',
    close: 'Kapat',
    alwaysOn: 'Her zaman açık',
    showServices: 'Hizmetleri göster ({count})',
    hideServices: 'Hizmetleri gizle',
    cookies: 'Çerezler',
    duration: 'Süre',
    session: 'Oturum',
    provider: 'Sağlayıcı',
    party: { first: 'Birinci taraf', third: 'Üçüncü taraf' },
    saved: 'Tercihleriniz kaydedildi.',
    exemptNotice: 'Anonim ziyaretçi ölçümü onay olmadan çalışır; bunu kapatabilirsiniz.',
    optOut: 'Anonim ziyaretçi ölçümü',
  },
  signal: {
    honoured: 'Tarayıcınız Global Privacy Control sinyali gönderiyor; bu nedenle reklamlar kapalı kalır.',
    conflict: 'Reklamlara izin vermeyi seçtiniz, ancak tarayıcınız sitelerden verilerinizi satmamalarını ve paylaşmamalarını istiyor. Yine de izin verilsin mi?',
    confirm: 'Yine de izin ver',
  },
  settingsButton: 'Çerez ayarları',
  placeholder: {
    label: 'Engellenen içerik: {service}',
    text: '{provider} tarafından sunulan bu içerik ({service}), siz izin verene kadar engellenir.',
    allow: '{service} içeriğine izin ver',
  },
  units: {
    second: { one: '{count}\u00a0saniye', other: '{count}\u00a0saniye' },
    minute: { one: '{count}\u00a0dakika', other: '{count}\u00a0dakika' },
    hour: { one: '{count}\u00a0saat', other: '{count}\u00a0saat' },
    day: { one: '{count}\u00a0gün', other: '{count}\u00a0gün' },
    week: { one: '{count}\u00a0hafta', other: '{count}\u00a0hafta' },
    month: { one: '{count}\u00a0ay', other: '{count}\u00a0ay' },
    year: { one: '{count}\u00a0yıl', other: '{count}\u00a0yıl' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const trRegimes: RegimeMessages = {
  optOutText: 'Çerezleri istatistik ve reklam için kullanıyoruz. Kişisel bilgilerinizin satışını veya paylaşımını istediğiniz zaman reddedebilirsiniz.',
  noticeText: 'Çerezleri istatistik ve reklam için kullanıyoruz. Bunu istediğiniz zaman çerez ayarlarından değiştirebilirsiniz.',
  optOut: 'Reddet',
  acknowledge: 'Tamam',
  doNotSell: 'Kişisel bilgilerimi satma veya paylaşma',
  privacyChoices: 'Gizlilik tercihleriniz',
  limitSensitive: 'Hassas kişisel bilgilerimin kullanımını sınırla',
  honoured: 'Ret talebi uygulandı',
};
