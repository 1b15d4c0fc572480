// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Traditional Chinese, in the wording used in Taiwan. Typography: full-width ，。：？（）and
// 「 」 quotes; a space between Chinese characters and a Latin word or a number ("Cookie 設定",
// "13 個月"). One form per unit: Chinese nouns do not change with a number.

/** Traditional Chinese catalog: import it from `@cookiekit/core/locales/zh-hant`. */
export const zhHant: Messages = {
  lang: 'zh-Hant',
  dir: 'ltr',
  banner: {
    title: '本網站的 Cookie',
    text: '我們使用必要的 Cookie 來維持網站運作。經您同意後，我們也會將 Cookie 用於統計及廣告。您可以隨時在「Cookie 設定」中變更您的選擇。',
    acceptAll: '全部接受',
    rejectAll: '全部拒絕',
    customize: '自訂',
    policyLink: 'Cookie 政策',
    reasons: {
      'no-choice': '',
      'revision-changed': '自您上次選擇以來，我們的 Cookie 政策已有變更。',
      'policy-extended': '自您上次選擇以來，我們新增了 Cookie 的用途。',
      expired: '您上次的選擇已過期。',
    },
  },
  preferences: {
    title: 'Cookie 偏好設定',
    text: '請選擇我們可以使用的 Cookie。必要 Cookie 一律開啟：少了它們，網站將無法正常運作。',
    save: '儲存選擇',
    acceptAll: '全部接受',
    rejectAll: '全部拒絕',
    close: '關閉',
    alwaysOn: '一律開啟',
    showServices: '顯示服務（{count}）',
    hideServices: '隱藏服務',
    cookies: 'Cookie',
    duration: '保存期限',
    session: '工作階段',
    provider: '供應商',
    party: { first: '第一方', third: '第三方' },
    saved: '已儲存您的選擇。',
    exemptNotice: '匿名造訪統計無須同意即會執行；您可以將其關閉。',
    optOut: '匿名造訪統計',
  },
  signal: {
    honoured: '您的瀏覽器傳送了全球隱私控制（GPC）訊號，因此廣告維持關閉。',
    conflict: '您選擇允許廣告，但您的瀏覽器要求網站不要出售或分享您的資料。仍要允許嗎？',
    confirm: '仍然允許',
  },
  settingsButton: 'Cookie 設定',
  placeholder: {
    label: '已封鎖的內容：{service}',
    text: '來自 {provider} 的此內容（{service}）在您允許之前將維持封鎖。',
    allow: '允許 {service}',
  },
  units: {
    second: { other: '{count} 秒' },
    minute: { other: '{count} 分鐘' },
    hour: { other: '{count} 小時' },
    day: { other: '{count} 天' },
    week: { other: '{count} 週' },
    month: { other: '{count} 個月' },
    year: { other: '{count} 年' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const zhHantRegimes: RegimeMessages = {
  optOutText: '我們使用 Cookie 進行統計和廣告。您可以隨時拒絕出售或分享您的個人資訊。',
  noticeText: '我們使用 Cookie 進行統計和廣告。您可以隨時在 Cookie 設定中變更。',
  optOut: '拒絕',
  acknowledge: '確定',
  doNotSell: '請勿出售或分享我的個人資訊',
  privacyChoices: '您的隱私選擇',
  limitSensitive: '限制使用我的敏感個人資訊',
  honoured: '已執行拒絕請求',
};
