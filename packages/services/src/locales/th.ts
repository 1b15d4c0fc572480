import type { ServiceTexts } from '../types';

/** th: the service presets' function codes and notes. Awaiting native review. */
export const th: ServiceTexts = {
  lang: 'th',
  review: 'awaiting native review',
  functions: {
    analytics: 'การวิเคราะห์เว็บ',
    'tag-management': 'การจัดการแท็ก',
    advertising: 'การโฆษณาและการติดตามคอนเวอร์ชัน',
    'session-recording': 'ฮีตแมปและการบันทึกเซสชัน',
    maps: 'แผนที่ที่ฝังไว้',
    video: 'วิดีโอที่ฝังไว้',
    audio: 'เครื่องเล่นเสียงที่ฝังไว้',
    'bot-protection': 'การป้องกันบอตและสแปม',
    chat: 'แชทสดและฝ่ายบริการลูกค้า',
    payment: 'การประมวลผลการชำระเงิน',
    monitoring: 'การตรวจสอบข้อผิดพลาดและประสิทธิภาพ',
    'ab-testing': 'การทดสอบ A/B',
    comments: 'ความคิดเห็น',
    'social-embed': 'โพสต์โซเชียลมีเดียที่ฝังไว้',
    scheduling: 'การนัดหมาย',
    forms: 'แบบฟอร์มและแบบสำรวจ',
    'customer-data': 'แพลตฟอร์มข้อมูลลูกค้า',
    'marketing-automation': 'ระบบการตลาดอัตโนมัติและ CRM',
  },
  notes: {
    basic: 'โหมดความยินยอมของ Google แบบพื้นฐาน: แท็กจะโหลดหลังได้รับความยินยอมเท่านั้น',
    advanced: 'โหมดความยินยอมของ Google แบบขั้นสูง: แท็กจะโหลดก่อนได้รับความยินยอมโดยปฏิเสธการจัดเก็บ และส่ง ping แบบไม่ใช้คุกกี้',
    cookieless: 'ไม่จัดเก็บสิ่งใดในอุปกรณ์ของคุณ',
    ungated: 'ทำงานโดยไม่ต้องได้รับความยินยอมตามข้อยกเว้นที่เว็บไซต์นี้อ้างอิง',
  },
};
