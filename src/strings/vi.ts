/**
 * Every string a resident reads in the site's chrome, by flat dotted key.
 * Page text written by editors lives in content/, the ward's details in
 * content/site/ward.yaml.
 */
export const vi = {
  // BaseLayout
  'site.name': 'Bình dân học vụ số',
  'site.tagline': 'Học kỹ năng số, từng bước một',
  'site.description':
    'Bài học ngắn, dễ hiểu về điện thoại, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, an toàn trên mạng, khám chữa bệnh và bán hàng trên mạng.',
  'site.titleSeparator': ' | ',

  // Home page
  'home.intro':
    'Bài học ngắn, bằng lời dễ hiểu, làm theo từng bước trên điện thoại của bạn. Không cần tài khoản, không mất phí. Học lúc nào cũng được, học lại bao nhiêu lần cũng được.',
  'home.needs': 'Tôi muốn ...',
  'home.needPrefix': 'Tôi muốn',
  'home.audiences': 'Học theo nhóm',
  'home.audiencesIntro': 'Chọn nhóm của bạn để xem nên học khóa nào trước.',
  'home.classes': 'Lớp học và hỗ trợ trực tiếp',
  'home.classesIntro':
    'Phường tổ chức lớp học cộng đồng định kỳ. Khi cần người hướng dẫn tận tay, bạn đến nơi hỗ trợ dưới đây.',
  'home.classesLink': 'Xem lịch học',
  'home.news': 'Tin tức phong trào',
  'home.newsIntro': 'Hoạt động, lớp học và gương điển hình của phong trào Bình dân học vụ số trong phường.',
  'home.newsLink': 'Đọc tin tức',
  'home.movementLink': 'Phong trào Bình dân học vụ số là gì?',

  // HelpDesk
  'helpDesk.call': 'Gọi điện hỏi:',

  // SkipLink
  'skipLink.label': 'Bỏ qua, đến nội dung chính',

  // SiteHeader
  'nav.label': 'Mục chính',
  'nav.courses': 'Khóa học',
  'nav.paths': 'Lộ trình',
  'nav.news': 'Tin tức',
  'nav.events': 'Lịch học',
  'nav.movement': 'Phong trào',
  'nav.search': 'Tìm kiếm',

  // Breadcrumbs
  'breadcrumbs.label': 'Bạn đang ở đây',
  'breadcrumbs.home': 'Trang chủ',

  // ReadingOptions
  'reading.toggle': 'Cỡ chữ và màu',
  'reading.textSize': 'Cỡ chữ',
  'reading.textSize.normal': 'Vừa',
  'reading.textSize.large': 'Lớn',
  'reading.textSize.larger': 'Rất lớn',
  'reading.display': 'Cách hiển thị',
  'reading.highContrast': 'Tương phản cao (nền đen, chữ trắng)',
  'reading.wideSpacing': 'Giãn dòng rộng',
  'reading.reset': 'Trở về mặc định',
  'reading.saved': 'Đã lưu trên máy này.',
  'reading.resetDone': 'Đã trở về mặc định.',

  // SearchForm
  'search.label': 'Bạn muốn học gì?',
  'search.hint': 'Gõ vài chữ, có dấu hay không dấu đều được. Ví dụ: thanh toan qr',
  'search.submit': 'Tìm',

  // SearchResults
  'search.pageIntro': 'Tìm bài học, tin tức và lịch học trên trang Bình dân học vụ số.',
  'search.loading': 'Đang tìm ...',
  'search.found': 'Tìm thấy {count} kết quả cho “{query}”.',
  'search.none': 'Chưa tìm thấy gì cho “{query}”. Thử gõ ít chữ hơn, hoặc một từ khác, ví dụ: mật khẩu, mã QR, VNeID.',
  'search.failed': 'Không tìm được lúc này. Hãy tải lại trang rồi thử lại.',
  'search.noScript':
    'Ô tìm kiếm cần trình duyệt bật JavaScript. Nếu không bật được, bạn xem danh sách khóa học ở mục Khóa học phía trên.',

  // Section pages
  'courses.intro': 'Sáu khóa học, mỗi khóa gồm nhiều bài ngắn. Người mới nên bắt đầu từ khóa học thứ nhất.',
  'courses.for': 'Dành cho:',
  'paths.heading': 'Lộ trình học theo nhóm',
  'paths.intro': 'Mỗi nhóm người dân có một thứ tự học phù hợp. Tìm nhóm của bạn rồi học lần lượt từ trên xuống.',
  'paths.order': 'Nên học theo thứ tự:',
  'news.intro': 'Tin về hoạt động, lớp học, gương điển hình và thi đua của phong trào Bình dân học vụ số trong phường.',
  'news.channels': 'Tin mới nhất của phong trào được đăng thường xuyên trên fanpage và kênh TikTok của phường:',
  'events.heading': 'Lịch học và sự kiện',
  'events.intro':
    'Phường tổ chức lớp học cộng đồng định kỳ, lớp riêng cho người cao tuổi và người khuyết tật, và “Ngày hội toàn dân học tập số” ngày 10/10 hằng năm. Hỏi lịch lớp gần nhất tại nơi hỗ trợ dưới đây hoặc ở tổ dân phố của bạn.',
  'events.helpDesk': 'Nơi hướng dẫn trực tiếp',

  // 404
  'notFound.title': 'Không tìm thấy trang này',
  'notFound.intro':
    'Có thể đường dẫn bị gõ sai, hoặc trang đã được chuyển đi. Bạn thử tìm bài cần học ở ô dưới đây, hoặc chọn một mục quen thuộc.',
  'notFound.tryHeading': 'Hoặc đi tới',

  // SiteFooter
  'footer.contactHeading': 'Liên hệ',
  'footer.helpDeskHeading': 'Hỗ trợ trực tiếp',
  'footer.channelsHeading': 'Theo dõi phong trào',
  'footer.phone': 'Điện thoại',
  'footer.email': 'Thư điện tử',
  'footer.fanpage': 'Fanpage Facebook',
  'footer.tiktok': 'Kênh TikTok',
  'footer.portal': 'Cổng thông tin điện tử {ward}',
  'footer.accessibility': 'Tuyên bố về trợ năng',
  'footer.privacy': 'Trang này không theo dõi bạn. Những gì bạn chọn chỉ lưu trên máy của bạn.',
  'sample.notice': 'Thông tin liên hệ của phường đang là dữ liệu mẫu, chưa phải thông tin thật.',
  'sample.badge': 'dữ liệu mẫu',
} as const;

export type StringKey = keyof typeof vi;
