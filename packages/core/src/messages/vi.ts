// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Vietnamese nouns do not change with a number: one form per unit.

/** Vietnamese catalog: import it from `@cookiekit/core/locales/vi`. */
export const vi: Messages = {
  lang: 'vi',
  dir: 'ltr',
  banner: {
    title: 'Cookie trên trang web này',
    text: 'Chúng tôi sử dụng các cookie cần thiết để trang web hoạt động. Nếu bạn đồng ý, chúng tôi cũng sử dụng cookie cho mục đích thống kê và quảng cáo. Bạn có thể thay đổi lựa chọn bất cứ lúc nào trong “Cài đặt cookie”.',
    acceptAll: 'Chấp nhận tất cả',
    rejectAll: 'Từ chối tất cả',
    customize: 'Tùy chỉnh',
    policyLink: 'Chính sách cookie',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Chính sách cookie của chúng tôi đã thay đổi kể từ lựa chọn gần nhất của bạn.',
      'policy-extended': 'Chúng tôi đã sử dụng cookie cho một số mục đích mới kể từ lựa chọn gần nhất của bạn.',
      expired: 'Lựa chọn gần nhất của bạn đã hết hạn.',
    },
  },
  preferences: {
    title: 'Tùy chọn cookie',
    text: 'Chọn những cookie mà chúng tôi được phép sử dụng. Cookie cần thiết luôn bật: thiếu chúng, trang web không thể hoạt động.',
    save: 'Lưu lựa chọn',
    acceptAll: 'Chấp nhận tất cả',
    rejectAll: 'Từ chối tất cả',
    close: 'Đóng',
    alwaysOn: 'Luôn bật',
    showServices: 'Hiện dịch vụ ({count})',
    hideServices: 'Ẩn dịch vụ',
    cookies: 'Cookie',
    duration: 'Thời hạn',
    session: 'Phiên',
    provider: 'Nhà cung cấp',
    party: { first: 'Bên thứ nhất', third: 'Bên thứ ba' },
    saved: 'Lựa chọn của bạn đã được lưu.',
    exemptNotice: 'Tính năng đo lượt truy cập ẩn danh hoạt động mà không cần sự đồng ý; bạn có thể tắt tính năng này.',
    optOut: 'Đo lượt truy cập ẩn danh',
  },
  signal: {
    honoured: 'Trình duyệt của bạn gửi tín hiệu Global Privacy Control, vì vậy quảng cáo vẫn tắt.',
    conflict: 'Bạn đã chọn cho phép quảng cáo, nhưng trình duyệt của bạn yêu cầu các trang web không bán hoặc chia sẻ dữ liệu của bạn. Vẫn cho phép?',
    confirm: 'Vẫn cho phép',
  },
  settingsButton: 'Cài đặt cookie',
  placeholder: {
    label: 'Nội dung bị chặn: {service}',
    text: 'Nội dung này từ {provider} ({service}) bị chặn cho đến khi bạn cho phép.',
    allow: 'Cho phép {service}',
  },
  units: {
    second: { other: '{count}\u00a0giây' },
    minute: { other: '{count}\u00a0phút' },
    hour: { other: '{count}\u00a0giờ' },
    day: { other: '{count}\u00a0ngày' },
    week: { other: '{count}\u00a0tuần' },
    month: { other: '{count}\u00a0tháng' },
    year: { other: '{count}\u00a0năm' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const viRegimes: RegimeMessages = {
  optOutText: 'Chúng tôi dùng cookie cho thống kê và quảng cáo. Bạn có thể từ chối việc bán hoặc chia sẻ thông tin cá nhân của mình bất cứ lúc nào.',
  noticeText: 'Chúng tôi dùng cookie cho thống kê và quảng cáo. Bạn có thể thay đổi điều này bất cứ lúc nào trong cài đặt cookie.',
  optOut: 'Từ chối',
  acknowledge: 'OK',
  doNotSell: 'Không bán hoặc chia sẻ thông tin cá nhân của tôi',
  privacyChoices: 'Lựa chọn quyền riêng tư của bạn',
  limitSensitive: 'Giới hạn việc sử dụng thông tin cá nhân nhạy cảm của tôi',
  honoured: 'Đã thực hiện yêu cầu từ chối',
};
