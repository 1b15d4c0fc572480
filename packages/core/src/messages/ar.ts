// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Arabic, right to left. Typography: « » quotes, the Arabic comma (،) and question mark (؟).
// Durations keep the digit in every plural form, as interfaces usually show them.

/** Arabic catalog (right to left): import it from `@cookiekit/core/locales/ar`. */
export const ar: Messages = {
  lang: 'ar',
  dir: 'rtl',
  banner: {
    title: 'ملفات تعريف الارتباط على هذا الموقع',
    text: 'نستخدم ملفات تعريف الارتباط الضرورية لتشغيل هذا الموقع. وبموافقتك، نستخدم أيضًا ملفات تعريف الارتباط للإحصاءات والإعلانات. يمكنك تغيير اختيارك في أي وقت من «إعدادات ملفات تعريف الارتباط».',
    acceptAll: 'قبول الكل',
    rejectAll: 'رفض الكل',
    customize: 'تخصيص',
    policyLink: 'سياسة ملفات تعريف الارتباط',
    reasons: {
      'no-choice': '',
      'revision-changed': 'تغيّرت سياسة ملفات تعريف الارتباط لدينا منذ اختيارك الأخير.',
      'policy-extended': 'أضفنا استخدامات جديدة لملفات تعريف الارتباط منذ اختيارك الأخير.',
      expired: 'انتهت صلاحية اختيارك الأخير.',
    },
  },
  preferences: {
    title: 'تفضيلات ملفات تعريف الارتباط',
    text: 'اختر ملفات تعريف الارتباط التي يمكننا استخدامها. الملفات الضرورية مفعّلة دائمًا، إذ لا يمكن للموقع العمل بدونها.',
    save: 'حفظ الاختيارات',
    acceptAll: 'قبول الكل',
    rejectAll: 'رفض الكل',
    close: 'إغلاق',
    alwaysOn: 'مفعّلة دائمًا',
    showServices: 'عرض الخدمات ({count})',
    hideServices: 'إخفاء الخدمات',
    cookies: 'ملفات تعريف الارتباط',
    duration: 'المدة',
    session: 'الجلسة',
    provider: 'المزوّد',
    party: { first: 'طرف أول', third: 'طرف ثالث' },
    saved: 'تم حفظ اختياراتك.',
    exemptNotice: 'يعمل قياس الجمهور دون تحديد الهوية بلا موافقة، ويمكنك إيقافه.',
    optOut: 'قياس الجمهور دون تحديد الهوية',
  },
  signal: {
    honoured: 'يرسل متصفحك إشارة GPC (التحكم العالمي في الخصوصية)، لذلك تبقى الإعلانات متوقفة.',
    conflict: 'اخترت السماح بالإعلانات، لكن متصفحك يطلب من المواقع عدم بيع بياناتك أو مشاركتها. هل تريد السماح بها على أي حال؟',
    confirm: 'السماح على أي حال',
  },
  settingsButton: 'إعدادات ملفات تعريف الارتباط',
  placeholder: {
    label: 'محتوى محظور: {service}',
    text: 'هذا المحتوى من {provider} ({service}) محظور إلى أن تسمح به.',
    allow: 'السماح بمحتوى {service}',
  },
  units: {
    second: { zero: '{count} ثانية', one: '{count} ثانية', two: '{count} ثانيتان', few: '{count} ثوانٍ', many: '{count} ثانية', other: '{count} ثانية' },
    minute: { zero: '{count} دقيقة', one: '{count} دقيقة', two: '{count} دقيقتان', few: '{count} دقائق', many: '{count} دقيقة', other: '{count} دقيقة' },
    hour: { zero: '{count} ساعة', one: '{count} ساعة', two: '{count} ساعتان', few: '{count} ساعات', many: '{count} ساعة', other: '{count} ساعة' },
    day: { zero: '{count} يوم', one: '{count} يوم', two: '{count} يومان', few: '{count} أيام', many: '{count} يومًا', other: '{count} يوم' },
    week: { zero: '{count} أسبوع', one: '{count} أسبوع', two: '{count} أسبوعان', few: '{count} أسابيع', many: '{count} أسبوعًا', other: '{count} أسبوع' },
    month: { zero: '{count} شهر', one: '{count} شهر', two: '{count} شهران', few: '{count} أشهر', many: '{count} شهرًا', other: '{count} شهر' },
    year: { zero: '{count} سنة', one: '{count} سنة', two: '{count} سنتان', few: '{count} سنوات', many: '{count} سنة', other: '{count} سنة' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const arRegimes: RegimeMessages = {
  optOutText: 'نستخدم ملفات تعريف الارتباط للإحصاءات والإعلانات. يمكنك في أي وقت رفض بيع معلوماتك الشخصية أو مشاركتها.',
  noticeText: 'نستخدم ملفات تعريف الارتباط للإحصاءات والإعلانات. يمكنك تغيير ذلك في أي وقت من إعدادات ملفات تعريف الارتباط.',
  optOut: 'رفض',
  acknowledge: 'موافق',
  doNotSell: 'لا تبع معلوماتي الشخصية ولا تشاركها',
  privacyChoices: 'خيارات الخصوصية الخاصة بك',
  limitSensitive: 'تقييد استخدام معلوماتي الشخصية الحساسة',
  honoured: 'تم تنفيذ طلب الرفض',
};
