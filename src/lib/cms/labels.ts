import type { Labels } from './fields.ts';

/*
 * Vietnamese labels for the content manager's forms, per schema. The forms'
 * structure comes from the schemas (fields.ts); tests/unit/cms.test.ts fails
 * when a schema gains a field that has no label here.
 */

const sample = { label: 'Dữ liệu mẫu', hint: 'Bật khi đây là nội dung mẫu để minh họa; tắt khi là thông tin thật.' };
const audiences = { label: 'Dành cho nhóm người học' };
const tasks = { label: 'Thuộc nhiệm vụ trong kế hoạch', hint: 'Số nhiệm vụ dạng nhóm.số, ví dụ 2.4 (xem Kế hoạch).' };
const cover = {
  cover: { label: 'Ảnh bìa' },
  'cover.src': { label: 'Tệp ảnh', hint: 'Chọn ảnh có sẵn hoặc tải ảnh lên (SVG, PNG, JPG), nên rộng 1200, cao 630.', picture: true },
  'cover.alt': { label: 'Lời tả ảnh (bắt buộc)', hint: 'Tả điều ảnh cho thấy, cho người không nhìn thấy ảnh.' },
};

export const LABELS: Record<string, Labels> = {
  ward: {
    sample,
    name: 'Tên phường',
    city: 'Tỉnh, thành phố',
    portalUrl: { label: 'Cổng thông tin điện tử của phường', hint: 'Địa chỉ đầy đủ, bắt đầu bằng https://' },
    office: 'Văn phòng Ủy ban nhân dân phường',
    'office.name': 'Tên cơ quan',
    'office.address': 'Địa chỉ',
    'office.phone': 'Số điện thoại',
    'office.email': 'Thư điện tử',
    helpDesk: 'Nơi hướng dẫn trực tiếp',
    'helpDesk.place': 'Nơi hỗ trợ',
    'helpDesk.hours': { label: 'Giờ làm việc', hint: 'Mỗi dòng một nhóm ngày.' },
    social: 'Kênh truyền thông',
    'social.fanpage': 'Fanpage',
    'social.tiktok': 'Kênh TikTok',
  },
  page: {
    title: 'Tiêu đề lớn của trang',
    description: { label: 'Câu giới thiệu', hint: 'Hiện ngay dưới tiêu đề và khi chia sẻ trang.', long: true },
  },
  course: {
    title: 'Tên khóa học',
    description: { label: 'Mô tả ngắn', long: true },
    need: { label: 'Điều người dân muốn làm', hint: 'Nối tiếp câu “Tôi muốn …” trên trang chủ.' },
    icon: 'Hình biểu tượng',
    order: 'Thứ tự khóa học',
    audiences,
  },
  lesson: {
    title: 'Tên bài học',
    description: { label: 'Mô tả ngắn', long: true },
    course: { label: 'Khóa học', hint: 'Tên thư mục của khóa học.' },
    order: { label: 'Thứ tự bài trong khóa', hint: 'Không trùng với bài khác trong cùng khóa.' },
    audiences,
    level: 'Mức độ',
    minutes: 'Số phút cần để học',
    objectives: { label: 'Sau bài này, bạn có thể…', hint: 'Mỗi dòng một việc người học làm được.' },
    easyRead: { label: 'Tóm tắt dễ đọc', hint: '3 đến 6 dòng rất ngắn, mỗi dòng một ý.' },
    sources: 'Nguồn chính thức',
    'sources.title': 'Tên trang nguồn và cơ quan',
    'sources.url': 'Địa chỉ trang nguồn (https://)',
    'sources.official': { label: 'Nguồn chính thức', hint: 'Tắt nếu là báo chí, không thuộc danh sách trang chính thức.', initial: true },
    lastChecked: 'Ngày kiểm tra nguồn lần cuối',
    ...cover,
    teachingGuide: 'Dành cho người hướng dẫn',
    'teachingGuide.steps': 'Các bước dạy (khoảng 15 phút)',
    'teachingGuide.prepare': 'Cần chuẩn bị',
    'teachingGuide.mistakes': 'Lỗi người học hay mắc',
    'teachingGuide.check': 'Cách biết người học đã tự làm được',
    quiz: 'Câu hỏi tự kiểm tra',
    'quiz.question': 'Câu hỏi',
    'quiz.options': 'Các lựa chọn',
    'quiz.answer': { label: 'Lựa chọn đúng', hint: 'Chép y nguyên một lựa chọn ở trên.' },
    'quiz.explanation': { label: 'Giải thích', long: true },
  },
  path: {
    audience: 'Nhóm người học',
    start: { label: 'Câu người dân tự nhận ra mình', hint: 'Hiện ở mục “Bắt đầu từ đâu?” trên trang chủ.' },
    intro: { label: 'Giới thiệu', long: true },
    lessons: { label: 'Các bài theo thứ tự nên học', hint: 'Dạng thư-mục-khóa-học/tên-tệp-bài.' },
  },
  news: {
    title: 'Tiêu đề tin',
    date: 'Ngày đăng',
    category: 'Chuyên mục',
    summary: { label: 'Tóm tắt', hint: 'Hiện trong danh sách tin và khi chia sẻ lên Zalo, Facebook.', long: true },
    ...cover,
    publisher: 'Đơn vị đưa tin',
    tasks,
    sample,
  },
  event: {
    title: 'Tên lớp học, sự kiện',
    kind: 'Loại',
    summary: { label: 'Tóm tắt', long: true },
    start: { label: 'Bắt đầu', hint: 'Ngày và giờ theo giờ Việt Nam.', when: true },
    end: { label: 'Kết thúc', hint: 'Ngày và giờ theo giờ Việt Nam, sau giờ bắt đầu.', when: true },
    place: 'Nơi học',
    'place.name': 'Tên nơi học',
    'place.address': 'Địa chỉ',
    audiences,
    course: { label: 'Khóa học liên quan', hint: 'Tên thư mục khóa học (không bắt buộc).' },
    organiser: 'Đơn vị tổ chức',
    howToJoin: { label: 'Cách tham gia', long: true },
    free: 'Miễn phí',
    festival: 'Thuộc Ngày hội toàn dân học tập số 10/10',
    tasks,
    sample,
  },
  plan: {
    source: 'Văn bản gốc',
    groups: 'Các nhóm nhiệm vụ',
    'groups.number': 'Số nhóm',
    'groups.title': 'Tên nhóm',
    tasks: 'Các nhiệm vụ',
    'tasks.id': 'Số nhiệm vụ (nhóm.số)',
    'tasks.slug': 'Tên trang (không dấu)',
    'tasks.title': 'Tên ngắn',
    'tasks.content': { label: 'Nội dung công việc (chép đúng kế hoạch)', long: true },
    'tasks.lead': 'Cơ quan chủ trì (chép đúng kế hoạch)',
    'tasks.partners': { label: 'Cơ quan phối hợp (chép đúng kế hoạch)', long: true },
    'tasks.result': { label: 'Kết quả thực hiện (chép đúng kế hoạch)', long: true },
    'tasks.time': 'Thời gian thực hiện (chép đúng kế hoạch)',
    'tasks.plain': { label: 'Giải thích dễ hiểu', long: true },
    'tasks.courses': 'Khóa học giúp thực hiện',
  },
  indicators: {
    indicators: 'Các chỉ số',
    'indicators.id': 'Tên ngắn (không dấu)',
    'indicators.name': 'Tên chỉ số',
    'indicators.task': 'Số nhiệm vụ',
    'indicators.unit': { label: 'Đơn vị', hint: '“%” cho tỉ lệ, hoặc thứ được đếm, ví dụ: tổ dân phố.' },
    'indicators.value': 'Số hiện nay',
    'indicators.targets': 'Mục tiêu',
    'indicators.targets.value': 'Con số mục tiêu',
    'indicators.targets.by': { label: 'Đạt vào', hint: 'Năm (2026) hoặc “hằng năm”.' },
    'indicators.asOf': 'Số liệu tính đến ngày',
    'indicators.source': 'Nguồn số liệu',
    'indicators.sample': sample,
  },
  network: {
    sample,
    teams: 'Tổ công nghệ số cộng đồng',
    'teams.group': 'Tổ dân phố',
    'teams.place': 'Nơi sinh hoạt',
    'teams.meets': 'Giờ gặp bà con',
    youth: 'Thanh niên tình nguyện',
    'youth.name': 'Tên tổ chức',
    'youth.place': 'Nơi liên hệ',
    'youth.meets': 'Khi nào đi hướng dẫn',
    'youth.phone': { label: 'Số máy của cơ quan', hint: 'Không ghi số riêng của ai.' },
  },
};

/** Short guides shown beside each kind of body, which the manager edits as text. */
export const BODY_HINTS = {
  lesson:
    'Viết như trong tệp mẫu content/mau/bai-hoc.mdx. Các khối của bài học: `<Steps>` bao các bước `<Step>Bấm **Tên nút**.</Step>`; ' +
    '`<Tip>`…`</Tip>` (mẹo), `<Warning>`…`</Warning>` (cảnh báo), `<Remember>`…`</Remember>` (ghi nhớ); ' +
    'hình: `<Figure src="ten-khoa-hoc/ten-anh.svg" alt="Lời tả ảnh" />` (ảnh tải lên ở Thư viện ảnh, bắt buộc có alt). ' +
    'Để một dòng trống trước và sau mỗi thẻ mở, thẻ đóng.',
  news: 'Viết từng đoạn ngắn; tiêu đề mục bắt đầu bằng `## `, danh sách bằng `- `, chữ đậm giữa `**`. Hình: `<Figure src="tin-tuc/ten-anh.svg" alt="Lời tả ảnh" />`.',
  event: 'Nói thêm về lớp học: học những gì, cần mang gì, ai hướng dẫn. Danh sách bắt đầu mỗi dòng bằng `- `.',
  course: 'Một hai câu giới thiệu khóa học, hiện ở đầu trang khóa học.',
  page: 'Viết từng đoạn ngắn; tiêu đề mục bắt đầu bằng `## `, danh sách bằng `- ` hoặc `1. `, chữ đậm giữa `**`. Số điện thoại, thư điện tử và nơi hỗ trợ của phường trang tự thêm từ Thông tin của phường.',
} as const;
