// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Indonesian nouns do not change with a number: one form per unit.

/** Indonesian catalog: import it from `@cookiekit/core/locales/id`. */
export const id: Messages = {
  lang: 'id',
  dir: 'ltr',
  banner: {
    title: 'Cookie di situs ini',
    text: 'Kami menggunakan cookie yang diperlukan agar situs ini dapat berjalan. Dengan persetujuan Anda, kami juga menggunakan cookie untuk statistik dan iklan. Anda dapat mengubah pilihan kapan saja melalui “Pengaturan cookie”.',
    acceptAll: 'Terima semua',
    rejectAll: 'Tolak semua',
    customize: 'Sesuaikan',
    policyLink: 'Kebijakan cookie',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Kebijakan cookie kami telah berubah sejak pilihan terakhir Anda.',
      'policy-extended': 'Kami menambahkan penggunaan cookie baru sejak pilihan terakhir Anda.',
      expired: 'Pilihan terakhir Anda telah kedaluwarsa.',
    },
  },
  preferences: {
    title: 'Preferensi cookie',
    text: 'Pilih cookie yang boleh kami gunakan. Cookie yang diperlukan selalu aktif: situs tidak dapat berfungsi tanpanya.',
    save: 'Simpan pilihan',
    acceptAll: 'Terima semua',
    rejectAll: 'Tolak semua',
    close: 'Tutup',
    alwaysOn: 'Selalu aktif',
    showServices: 'Tampilkan layanan ({count})',
    hideServices: 'Sembunyikan layanan',
    cookies: 'Cookie',
    duration: 'Durasi',
    session: 'Sesi',
    provider: 'Penyedia',
    party: { first: 'Pihak pertama', third: 'Pihak ketiga' },
    saved: 'Pilihan Anda telah disimpan.',
    exemptNotice: 'Pengukuran pengunjung anonim berjalan tanpa persetujuan; Anda dapat menonaktifkannya.',
    optOut: 'Pengukuran pengunjung anonim',
  },
  signal: {
    honoured: 'Browser Anda mengirimkan sinyal Global Privacy Control, sehingga iklan tetap nonaktif.',
    conflict: 'Anda memilih untuk mengizinkan iklan, tetapi browser Anda meminta situs untuk tidak menjual atau membagikan data Anda. Tetap izinkan?',
    confirm: 'Tetap izinkan',
  },
  settingsButton: 'Pengaturan cookie',
  placeholder: {
    label: 'Konten diblokir: {service}',
    text: 'Konten dari {provider} ({service}) diblokir sampai Anda mengizinkannya.',
    allow: 'Izinkan {service}',
  },
  units: {
    second: { other: '{count}\u00a0detik' },
    minute: { other: '{count}\u00a0menit' },
    hour: { other: '{count}\u00a0jam' },
    day: { other: '{count}\u00a0hari' },
    week: { other: '{count}\u00a0minggu' },
    month: { other: '{count}\u00a0bulan' },
    year: { other: '{count}\u00a0tahun' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const idRegimes: RegimeMessages = {
  optOutText: 'Kami menggunakan cookie untuk statistik dan iklan. Anda dapat menolak penjualan atau pembagian informasi pribadi Anda kapan saja.',
  noticeText: 'Kami menggunakan cookie untuk statistik dan iklan. Anda dapat mengubahnya kapan saja di pengaturan cookie.',
  optOut: 'Tolak',
  acknowledge: 'OK',
  doNotSell: 'Jangan jual atau bagikan informasi pribadi saya',
  privacyChoices: 'Pilihan privasi Anda',
  limitSensitive: 'Batasi penggunaan informasi pribadi sensitif saya',
  honoured: 'Permintaan penolakan dipenuhi',
};
