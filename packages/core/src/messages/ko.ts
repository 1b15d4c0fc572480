// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Korean: polite formal register (합니다), ‘ ’ quotes. One form per unit: Korean nouns do not
// change with a number.

/** Korean catalog: import it from `@cookiekit/core/locales/ko`. */
export const ko: Messages = {
  lang: 'ko',
  dir: 'ltr',
  banner: {
    title: '이 사이트의 쿠키',
    text: '이 사이트는 운영에 필요한 쿠키를 사용합니다. 동의하시면 통계 및 광고를 위한 쿠키도 사용합니다. 선택은 언제든지 ‘쿠키 설정’에서 변경할 수 있습니다.',
    acceptAll: '모두 허용',
    rejectAll: '모두 거부',
    customize: '맞춤 설정',
    policyLink: '쿠키 정책',
    reasons: {
      'no-choice': '',
      'revision-changed': '마지막으로 선택하신 후 쿠키 정책이 변경되었습니다.',
      'policy-extended': '마지막으로 선택하신 후 쿠키를 새로운 용도로 사용하게 되었습니다.',
      expired: '마지막 선택이 만료되었습니다.',
    },
  },
  preferences: {
    title: '쿠키 환경설정',
    text: '사용을 허용할 쿠키를 선택하세요. 필수 쿠키는 항상 켜져 있습니다. 필수 쿠키가 없으면 사이트가 작동하지 않습니다.',
    save: '선택 저장',
    acceptAll: '모두 허용',
    rejectAll: '모두 거부',
    close: '닫기',
    alwaysOn: '항상 켜짐',
    showServices: '서비스 표시 ({count})',
    hideServices: '서비스 숨기기',
    cookies: '쿠키',
    duration: '보관 기간',
    session: '세션',
    provider: '제공업체',
    party: { first: '자사', third: '제3자' },
    saved: '선택이 저장되었습니다.',
    exemptNotice: '익명 방문자 측정은 동의 없이 실행됩니다. 이 기능은 끌 수 있습니다.',
    optOut: '익명 방문자 측정',
  },
  signal: {
    honoured: '브라우저가 GPC 신호를 보내고 있어 광고는 꺼진 상태로 유지됩니다.',
    conflict: '광고를 허용하도록 선택하셨지만, 브라우저가 사이트에 데이터를 판매하거나 공유하지 말라고 요청하고 있습니다. 그래도 허용하시겠습니까?',
    confirm: '그래도 허용',
  },
  settingsButton: '쿠키 설정',
  placeholder: {
    label: '차단된 콘텐츠: {service}',
    text: '{provider}의 이 콘텐츠({service})는 허용하실 때까지 차단됩니다.',
    allow: '{service} 허용',
  },
  units: {
    second: { other: '{count}초' },
    minute: { other: '{count}분' },
    hour: { other: '{count}시간' },
    day: { other: '{count}일' },
    week: { other: '{count}주' },
    month: { other: '{count}개월' },
    year: { other: '{count}년' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const koRegimes: RegimeMessages = {
  optOutText: '통계와 광고를 위해 쿠키를 사용합니다. 언제든지 개인정보의 판매 또는 공유를 거부할 수 있습니다.',
  noticeText: '통계와 광고를 위해 쿠키를 사용합니다. 쿠키 설정에서 언제든지 변경할 수 있습니다.',
  optOut: '거부',
  acknowledge: '확인',
  doNotSell: '내 개인정보를 판매하거나 공유하지 마세요',
  privacyChoices: '개인정보 선택 사항',
  limitSensitive: '내 민감한 개인정보 사용 제한',
  honoured: '거부 요청이 반영되었습니다',
};
