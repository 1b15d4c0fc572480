import type { ServiceTexts } from '../types';

/** ar: the service presets' function codes and notes. Awaiting native review. */
export const ar: ServiceTexts = {
  lang: 'ar',
  review: 'awaiting native review',
  functions: {
    analytics: 'تحليلات الويب',
    'tag-management': 'إدارة العلامات',
    advertising: 'الإعلانات وتتبع التحويلات',
    'session-recording': 'الخرائط الحرارية وتسجيلات الجلسات',
    maps: 'خريطة مضمّنة',
    video: 'فيديو مضمّن',
    audio: 'مشغّل صوت مضمّن',
    'bot-protection': 'الحماية من برامج الروبوت والرسائل المزعجة',
    chat: 'الدردشة المباشرة ودعم العملاء',
    payment: 'معالجة المدفوعات',
    monitoring: 'مراقبة الأخطاء والأداء',
    'ab-testing': 'اختبارات A/B',
    comments: 'التعليقات',
    'social-embed': 'منشورات مضمّنة من وسائل التواصل الاجتماعي',
    scheduling: 'حجز المواعيد',
    forms: 'النماذج والاستبيانات',
    'customer-data': 'منصة بيانات العملاء',
    'marketing-automation': 'أتمتة التسويق وإدارة علاقات العملاء',
  },
  notes: {
    basic: 'وضع موافقة Google الأساسي: لا تُحمَّل العلامة إلا بعد الموافقة',
    advanced: 'وضع موافقة Google المتقدّم: تُحمَّل العلامة قبل الموافقة مع رفض التخزين وترسل إشارات دون ملفات تعريف الارتباط',
    cookieless: 'لا يخزّن أي شيء على جهازك',
    ungated: 'يعمل دون موافقة بموجب استثناء يستند إليه هذا الموقع',
  },
};
