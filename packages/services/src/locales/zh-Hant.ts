import type { ServiceTexts } from '../types';

/** zh-Hant: the service presets' function codes and notes. Awaiting native review. */
export const zhHant: ServiceTexts = {
  lang: 'zh-Hant',
  review: 'awaiting native review',
  functions: {
    analytics: '網站分析',
    'tag-management': '標記管理',
    advertising: '廣告與轉換追蹤',
    'session-recording': '熱圖與工作階段錄製',
    maps: '內嵌地圖',
    video: '內嵌影片',
    audio: '內嵌音訊播放器',
    'bot-protection': '防範機器人與垃圾訊息',
    chat: '即時聊天與客戶支援',
    payment: '付款處理',
    monitoring: '錯誤與效能監控',
    'ab-testing': 'A/B 測試',
    comments: '留言',
    'social-embed': '內嵌社群媒體貼文',
    scheduling: '預約',
    forms: '表單與問卷',
    'customer-data': '客戶資料平台',
    'marketing-automation': '行銷自動化與 CRM',
  },
  notes: {
    basic: 'Google 同意聲明模式（基本）：僅在同意後載入代碼',
    advanced: 'Google 同意聲明模式（進階）：在同意前以拒絕儲存的狀態載入代碼，並傳送無 Cookie 的 ping',
    cookieless: '不會在您的裝置上儲存任何內容',
    ungated: '依據本網站援引的豁免，無須同意即可執行',
  },
};
