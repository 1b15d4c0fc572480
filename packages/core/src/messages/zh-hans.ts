// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Simplified Chinese typography: full-width ，。：？（）and “ ” quotes; a space between Chinese
// characters and a Latin word or a number ("Cookie 设置", "13 个月"). "Cookie" is written as
// Chinese sites write it. One form per unit: Chinese nouns do not change with a number.

/** Simplified Chinese catalog: import it from `@cookiekit/core/locales/zh-hans`. */
export const zhHans: Messages = {
  lang: 'zh-Hans',
  dir: 'ltr',
  banner: {
    title: '本网站的 Cookie',
    text: '我们使用必要的 Cookie 来维持网站运行。征得您的同意后，我们还会将 Cookie 用于统计和广告。您可以随时在“Cookie 设置”中更改您的选择。',
    acceptAll: '全部接受',
    rejectAll: '全部拒绝',
    customize: '自定义',
    policyLink: 'Cookie 政策',
    reasons: {
      'no-choice': '',
      'revision-changed': '自您上次选择以来，我们的 Cookie 政策已有变更。',
      'policy-extended': '自您上次选择以来，我们新增了 Cookie 的用途。',
      expired: '您上次的选择已过期。',
    },
  },
  preferences: {
    title: 'Cookie 偏好设置',
    text: '请选择我们可以使用的 Cookie。必要 Cookie 始终开启：没有它们，网站将无法正常运行。',
    save: '保存选择',
    acceptAll: '全部接受',
    rejectAll: '全部拒绝',
    close: '关闭',
    alwaysOn: '始终开启',
    showServices: '显示服务（{count}）',
    hideServices: '隐藏服务',
    cookies: 'Cookie',
    duration: '存储期限',
    session: '会话',
    provider: '提供方',
    party: { first: '第一方', third: '第三方' },
    saved: '您的选择已保存。',
    exemptNotice: '匿名访问统计无需同意即会运行；您可以将其关闭。',
    optOut: '匿名访问统计',
  },
  signal: {
    honoured: '您的浏览器发送了全球隐私控制（GPC）信号，因此广告保持关闭。',
    conflict: '您选择了允许广告，但您的浏览器要求网站不要出售或共享您的数据。仍要允许吗？',
    confirm: '仍然允许',
  },
  settingsButton: 'Cookie 设置',
  placeholder: {
    label: '已屏蔽的内容：{service}',
    text: '来自 {provider} 的此内容（{service}）在您允许之前将保持屏蔽。',
    allow: '允许 {service}',
  },
  units: {
    second: { other: '{count} 秒' },
    minute: { other: '{count} 分钟' },
    hour: { other: '{count} 小时' },
    day: { other: '{count} 天' },
    week: { other: '{count} 周' },
    month: { other: '{count} 个月' },
    year: { other: '{count} 年' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const zhHansRegimes: RegimeMessages = {
  optOutText: '我们使用 Cookie 进行统计和广告。您可以随时拒绝出售或共享您的个人信息。',
  noticeText: '我们使用 Cookie 进行统计和广告。您可以随时在 Cookie 设置中更改。',
  optOut: '拒绝',
  acknowledge: '确定',
  doNotSell: '请勿出售或共享我的个人信息',
  privacyChoices: '您的隐私选择',
  limitSensitive: '限制使用我的敏感个人信息',
  honoured: '已执行拒绝请求',
};
