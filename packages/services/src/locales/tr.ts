import type { ServiceTexts } from '../types';

/** tr: the service presets' function codes and notes. Awaiting native review. */
export const tr: ServiceTexts = {
  lang: 'tr',
  review: 'awaiting native review',
  functions: {
    analytics: 'Web analizi',
    'tag-management': 'Etiket yönetimi',
    advertising: 'Reklam ve dönüşüm izleme',
    'session-recording': 'Isı haritaları ve oturum kayıtları',
    maps: 'Yerleşik harita',
    video: 'Yerleşik video',
    audio: 'Yerleşik ses oynatıcı',
    'bot-protection': 'Bot ve spam koruması',
    chat: 'Canlı sohbet ve müşteri desteği',
    payment: 'Ödeme işleme',
    monitoring: 'Hata ve performans izleme',
    'ab-testing': 'A/B testi',
    comments: 'Yorumlar',
    'social-embed': 'Yerleşik sosyal medya gönderileri',
    scheduling: 'Randevu alma',
    forms: 'Formlar ve anketler',
    'customer-data': 'Müşteri veri platformu',
    'marketing-automation': 'Pazarlama otomasyonu ve CRM',
  },
  notes: {
    basic: 'Google İzin Modu, temel: etiket yalnızca izin verildikten sonra yüklenir',
    advanced: 'Google İzin Modu, gelişmiş: etiket izinden önce, depolama reddedilmiş olarak yüklenir ve çerezsiz ping gönderir',
    cookieless: 'cihazınızda hiçbir şey saklamaz',
    ungated: 'bu sitenin dayandığı bir muafiyet kapsamında izin olmadan çalışır',
  },
};
