// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Japanese typography: 「 」 quotes, full-width 、。：（）. "Cookie" is written as Japanese sites
// write it, in Latin letters. One form per unit: Japanese nouns do not change with a number.

/** Japanese catalog: import it from `@cookiekit/core/locales/ja`. */
export const ja: Messages = {
  lang: 'ja',
  dir: 'ltr',
  banner: {
    title: 'このサイトのCookieについて',
    text: 'このサイトでは、運営に必要なCookieを使用しています。同意いただいた場合は、統計と広告のためのCookieも使用します。選択内容は「Cookie設定」からいつでも変更できます。',
    acceptAll: 'すべて許可',
    rejectAll: 'すべて拒否',
    customize: 'カスタマイズ',
    policyLink: 'Cookieポリシー',
    reasons: {
      'no-choice': '',
      'revision-changed': '前回の選択以降、Cookieポリシーが変更されました。',
      'policy-extended': '前回の選択以降、Cookieの新しい用途を追加しました。',
      expired: '前回の選択の有効期限が切れました。',
    },
  },
  preferences: {
    title: 'Cookieの設定',
    text: '使用を許可するCookieを選んでください。必要なCookieは常に有効です。これらがないとサイトは機能しません。',
    save: '選択を保存',
    acceptAll: 'すべて許可',
    rejectAll: 'すべて拒否',
    close: '閉じる',
    alwaysOn: '常に有効',
    showServices: 'サービスを表示（{count}）',
    hideServices: 'サービスを非表示',
    cookies: 'Cookie',
    duration: '保存期間',
    session: 'セッション',
    provider: '提供元',
    party: { first: 'ファーストパーティ', third: 'サードパーティ' },
    saved: '選択内容を保存しました。',
    exemptNotice: '匿名のアクセス解析は同意なしで動作します。オフにすることもできます。',
    optOut: '匿名のアクセス解析',
  },
  signal: {
    honoured: 'お使いのブラウザーがGPC信号を送信しているため、広告は無効のままです。',
    conflict: '広告を許可しましたが、お使いのブラウザーはデータを販売・共有しないようサイトに求めています。それでも許可しますか？',
    confirm: 'それでも許可する',
  },
  settingsButton: 'Cookie設定',
  placeholder: {
    label: 'ブロックされたコンテンツ：{service}',
    text: 'この{provider}（{service}）のコンテンツは、許可するまでブロックされます。',
    allow: '{service}を許可',
  },
  units: {
    second: { other: '{count}秒' },
    minute: { other: '{count}分' },
    hour: { other: '{count}時間' },
    day: { other: '{count}日' },
    week: { other: '{count}週間' },
    month: { other: '{count}か月' },
    year: { other: '{count}年' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const jaRegimes: RegimeMessages = {
  optOutText: '統計と広告のためにCookieを使用しています。個人情報の販売または共有はいつでも拒否できます。',
  noticeText: '統計と広告のためにCookieを使用しています。Cookie設定でいつでも変更できます。',
  optOut: '拒否する',
  acknowledge: 'OK',
  doNotSell: '個人情報を販売・共有しない',
  privacyChoices: 'プライバシーの選択',
  limitSensitive: '機微な個人情報の利用を制限する',
  honoured: 'オプトアウトの要求に対応しました',
};
