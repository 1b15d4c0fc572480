import type { ServiceTexts } from '../types';

/** ko: the service presets' function codes and notes. Awaiting native review. */
export const ko: ServiceTexts = {
  lang: 'ko',
  review: 'awaiting native review',
  functions: {
    analytics: '웹 분석',
    'tag-management': '태그 관리',
    advertising: '광고 및 전환 추적',
    'session-recording': '히트맵 및 세션 녹화',
    maps: '삽입된 지도',
    video: '삽입된 동영상',
    audio: '삽입된 오디오 플레이어',
    'bot-protection': '봇 및 스팸 방지',
    chat: '실시간 채팅 및 고객 지원',
    payment: '결제 처리',
    monitoring: '오류 및 성능 모니터링',
    'ab-testing': 'A/B 테스트',
    comments: '댓글',
    'social-embed': '삽입된 소셜 미디어 게시물',
    scheduling: '예약',
    forms: '양식 및 설문조사',
    'customer-data': '고객 데이터 플랫폼',
    'marketing-automation': '마케팅 자동화 및 CRM',
  },
  notes: {
    basic: 'Google 동의 모드(기본): 동의 후에만 태그가 로드됩니다',
    advanced: 'Google 동의 모드(고급): 저장이 거부된 상태로 동의 전에 태그가 로드되며 쿠키 없는 핑을 보냅니다',
    cookieless: '기기에 아무것도 저장하지 않습니다',
    ungated: '이 사이트가 근거로 하는 예외에 따라 동의 없이 실행됩니다',
  },
};
