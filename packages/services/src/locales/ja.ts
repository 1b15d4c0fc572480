import type { ServiceTexts } from '../types';

/** ja: the service presets' function codes and notes. Awaiting native review. */
export const ja: ServiceTexts = {
  lang: 'ja',
  review: 'awaiting native review',
  functions: {
    analytics: 'ウェブ解析',
    'tag-management': 'タグ管理',
    advertising: '広告とコンバージョン測定',
    'session-recording': 'ヒートマップとセッション録画',
    maps: '埋め込み地図',
    video: '埋め込み動画',
    audio: '埋め込み音声プレーヤー',
    'bot-protection': 'ボットとスパムからの保護',
    chat: 'ライブチャットとカスタマーサポート',
    payment: '決済処理',
    monitoring: 'エラーとパフォーマンスの監視',
    'ab-testing': 'A/B テスト',
    comments: 'コメント',
    'social-embed': 'ソーシャルメディア投稿の埋め込み',
    scheduling: '予約受付',
    forms: 'フォームとアンケート',
    'customer-data': '顧客データ基盤',
    'marketing-automation': 'マーケティング自動化と CRM',
  },
  notes: {
    basic: 'Google 同意モード（基本）: タグは同意後にのみ読み込まれます',
    advanced: 'Google 同意モード（詳細）: タグは同意前にストレージ拒否の状態で読み込まれ、Cookie を使わない ping を送信します',
    cookieless: 'お使いの端末に何も保存しません',
    ungated: 'このサイトが依拠する適用除外に基づき、同意なしで動作します',
  },
};
