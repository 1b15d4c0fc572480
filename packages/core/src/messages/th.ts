// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Thai writes no space between words and no full stop: a space ends a clause or a sentence.

/** Thai catalog: import it from `@cookiekit/core/locales/th`. */
export const th: Messages = {
  lang: 'th',
  dir: 'ltr',
  banner: {
    title: 'คุกกี้บนเว็บไซต์นี้',
    text: 'เราใช้คุกกี้ที่จำเป็นเพื่อให้เว็บไซต์ทำงานได้ และเมื่อได้รับความยินยอมจากคุณ เราจะใช้คุกกี้เพื่อสถิติและการโฆษณาด้วย คุณเปลี่ยนตัวเลือกได้ทุกเมื่อที่ “การตั้งค่าคุกกี้”',
    acceptAll: 'ยอมรับทั้งหมด',
    rejectAll: 'ปฏิเสธทั้งหมด',
    customize: 'ปรับแต่ง',
    policyLink: 'นโยบายคุกกี้',
    reasons: {
      'no-choice': '',
      'revision-changed': 'นโยบายคุกกี้ของเรามีการเปลี่ยนแปลงนับตั้งแต่ที่คุณเลือกครั้งล่าสุด',
      'policy-extended': 'เราได้เพิ่มการใช้คุกกี้ในรูปแบบใหม่นับตั้งแต่ที่คุณเลือกครั้งล่าสุด',
      expired: 'ตัวเลือกครั้งล่าสุดของคุณหมดอายุแล้ว',
    },
  },
  preferences: {
    title: 'ตัวเลือกคุกกี้',
    text: 'เลือกคุกกี้ที่เราใช้ได้ คุกกี้ที่จำเป็นจะเปิดอยู่เสมอ เนื่องจากเว็บไซต์ทำงานไม่ได้หากไม่มีคุกกี้เหล่านี้',
    save: 'บันทึกตัวเลือก',
    acceptAll: 'ยอมรับทั้งหมด',
    rejectAll: 'ปฏิเสธทั้งหมด',
    close: 'ปิด',
    alwaysOn: 'เปิดอยู่เสมอ',
    showServices: 'แสดงบริการ ({count})',
    hideServices: 'ซ่อนบริการ',
    cookies: 'คุกกี้',
    duration: 'ระยะเวลา',
    session: 'เซสชัน',
    provider: 'ผู้ให้บริการ',
    party: { first: 'บุคคลที่หนึ่ง', third: 'บุคคลที่สาม' },
    saved: 'บันทึกตัวเลือกของคุณแล้ว',
    exemptNotice: 'การวัดผู้เข้าชมแบบไม่ระบุตัวตนทำงานโดยไม่ต้องได้รับความยินยอม และคุณปิดได้',
    optOut: 'การวัดผู้เข้าชมแบบไม่ระบุตัวตน',
  },
  signal: {
    honoured: 'เบราว์เซอร์ของคุณส่งสัญญาณ GPC การโฆษณาจึงยังปิดอยู่',
    conflict: 'คุณเลือกอนุญาตการโฆษณา แต่เบราว์เซอร์ของคุณขอให้เว็บไซต์ไม่ขายหรือแชร์ข้อมูลของคุณ ต้องการอนุญาตต่อไปหรือไม่',
    confirm: 'อนุญาตต่อไป',
  },
  settingsButton: 'การตั้งค่าคุกกี้',
  placeholder: {
    label: 'เนื้อหาที่ถูกบล็อก: {service}',
    text: 'เนื้อหานี้จาก {provider} ({service}) จะถูกบล็อกไว้จนกว่าคุณจะอนุญาต',
    allow: 'อนุญาต {service}',
  },
  units: {
    second: { other: '{count} วินาที' },
    minute: { other: '{count} นาที' },
    hour: { other: '{count} ชั่วโมง' },
    day: { other: '{count} วัน' },
    week: { other: '{count} สัปดาห์' },
    month: { other: '{count} เดือน' },
    year: { other: '{count} ปี' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const thRegimes: RegimeMessages = {
  optOutText: 'เราใช้คุกกี้เพื่อสถิติและการโฆษณา คุณสามารถปฏิเสธการขายหรือการแบ่งปันข้อมูลส่วนบุคคลของคุณได้ทุกเมื่อ',
  noticeText: 'เราใช้คุกกี้เพื่อสถิติและการโฆษณา คุณเปลี่ยนแปลงได้ทุกเมื่อในการตั้งค่าคุกกี้',
  optOut: 'ปฏิเสธ',
  acknowledge: 'ตกลง',
  doNotSell: 'ห้ามขายหรือแบ่งปันข้อมูลส่วนบุคคลของฉัน',
  privacyChoices: 'ตัวเลือกความเป็นส่วนตัวของคุณ',
  limitSensitive: 'จำกัดการใช้ข้อมูลส่วนบุคคลที่ละเอียดอ่อนของฉัน',
  honoured: 'ดำเนินการตามคำขอปฏิเสธแล้ว',
};
