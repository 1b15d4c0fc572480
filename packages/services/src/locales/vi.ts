import type { ServiceTexts } from '../types';

/** vi: the service presets' function codes and notes. Awaiting native review. */
export const vi: ServiceTexts = {
  lang: 'vi',
  review: 'awaiting native review',
  functions: {
    analytics: 'Phân tích trang web',
    'tag-management': 'Quản lý thẻ',
    advertising: 'Quảng cáo và theo dõi chuyển đổi',
    'session-recording': 'Bản đồ nhiệt và bản ghi phiên',
    maps: 'Bản đồ nhúng',
    video: 'Video nhúng',
    audio: 'Trình phát âm thanh nhúng',
    'bot-protection': 'Bảo vệ khỏi bot và thư rác',
    chat: 'Trò chuyện trực tiếp và hỗ trợ khách hàng',
    payment: 'Xử lý thanh toán',
    monitoring: 'Giám sát lỗi và hiệu suất',
    'ab-testing': 'Thử nghiệm A/B',
    comments: 'Bình luận',
    'social-embed': 'Bài đăng mạng xã hội được nhúng',
    scheduling: 'Đặt lịch hẹn',
    forms: 'Biểu mẫu và khảo sát',
    'customer-data': 'Nền tảng dữ liệu khách hàng',
    'marketing-automation': 'Tự động hóa tiếp thị và CRM',
  },
  notes: {
    basic: 'Chế độ đồng ý của Google, cơ bản: thẻ chỉ tải sau khi có sự đồng ý',
    advanced: 'Chế độ đồng ý của Google, nâng cao: thẻ tải trước khi có sự đồng ý với bộ nhớ bị từ chối và gửi ping không dùng cookie',
    cookieless: 'không lưu gì trên thiết bị của bạn',
    ungated: 'chạy mà không cần đồng ý theo một ngoại lệ mà trang web này dựa vào',
  },
};
