import type { ServiceTexts } from '../types';

/** id: the service presets' function codes and notes. Awaiting native review. */
export const id: ServiceTexts = {
  lang: 'id',
  review: 'awaiting native review',
  functions: {
    analytics: 'Analitik web',
    'tag-management': 'Pengelolaan tag',
    advertising: 'Iklan dan pelacakan konversi',
    'session-recording': 'Peta panas dan rekaman sesi',
    maps: 'Peta tersemat',
    video: 'Video tersemat',
    audio: 'Pemutar audio tersemat',
    'bot-protection': 'Perlindungan dari bot dan spam',
    chat: 'Obrolan langsung dan dukungan pelanggan',
    payment: 'Pemrosesan pembayaran',
    monitoring: 'Pemantauan galat dan kinerja',
    'ab-testing': 'Pengujian A/B',
    comments: 'Komentar',
    'social-embed': 'Postingan media sosial tersemat',
    scheduling: 'Pemesanan janji temu',
    forms: 'Formulir dan survei',
    'customer-data': 'Platform data pelanggan',
    'marketing-automation': 'Otomatisasi pemasaran dan CRM',
  },
  notes: {
    basic: 'Mode Izin Google dasar: tag hanya dimuat setelah ada persetujuan',
    advanced: 'Mode Izin Google lanjutan: tag dimuat sebelum persetujuan dengan penyimpanan ditolak dan mengirim ping tanpa cookie',
    cookieless: 'tidak menyimpan apa pun di perangkat Anda',
    ungated: 'berjalan tanpa persetujuan berdasarkan pengecualian yang diandalkan situs ini',
  },
};
