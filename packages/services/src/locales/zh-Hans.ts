import type { ServiceTexts } from '../types';

/** zh-Hans: the service presets' function codes and notes. Awaiting native review. */
export const zhHans: ServiceTexts = {
  lang: 'zh-Hans',
  review: 'awaiting native review',
  functions: {
    analytics: '网站分析',
    'tag-management': '标签管理',
    advertising: '广告与转化跟踪',
    'session-recording': '热图与会话录制',
    maps: '嵌入式地图',
    video: '嵌入式视频',
    audio: '嵌入式音频播放器',
    'bot-protection': '防范机器人和垃圾信息',
    chat: '在线聊天与客户支持',
    payment: '支付处理',
    monitoring: '错误与性能监控',
    'ab-testing': 'A/B 测试',
    comments: '评论',
    'social-embed': '嵌入式社交媒体帖子',
    scheduling: '预约',
    forms: '表单与问卷',
    'customer-data': '客户数据平台',
    'marketing-automation': '营销自动化与 CRM',
  },
  notes: {
    basic: 'Google 意见征求模式（基本）：仅在同意后加载代码',
    advanced: 'Google 意见征求模式（高级）：在同意前以拒绝存储的状态加载代码，并发送无 Cookie 的 ping',
    cookieless: '不在您的设备上存储任何内容',
    ungated: '依据本网站援引的豁免，无需同意即可运行',
  },
};
