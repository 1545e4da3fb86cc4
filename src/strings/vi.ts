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
  'home.start': 'Bắt đầu từ đâu?',
  'home.startIntro': 'Chạm vào dòng giống bạn nhất, rồi chạm vào bài đầu tiên.',
  'home.firstLesson': 'Bài đầu tiên:',
  'home.wholePath': 'Xem cả lộ trình cho {audience}',
  'home.classes': 'Lớp học và hỗ trợ trực tiếp',
  'home.classesIntro':
    'Phường tổ chức lớp học cộng đồng định kỳ. Khi cần người hướng dẫn tận tay, bạn đến nơi hỗ trợ dưới đây.',
  'home.classesLink': 'Xem lịch học',
  'home.news': 'Tin tức phong trào',
  'home.newsIntro': 'Hoạt động, lớp học và gương điển hình của phong trào Bình dân học vụ số trong phường.',
  'home.newsLink': 'Đọc tin tức',
  'home.movementLink': 'Phong trào Bình dân học vụ số là gì?',
  'home.myLearning': 'Xem tiến độ học của bạn (Học tập của tôi)',

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
  'search.headerLabel': 'Tìm bài học',

  // SearchResults
  'search.pageIntro': 'Tìm bài học, tin tức và lịch học trên trang Bình dân học vụ số.',
  'search.loading': 'Đang tìm ...',
  'search.found': 'Tìm thấy {count} kết quả cho “{query}”.',
  'search.none': 'Chưa tìm thấy gì cho “{query}”. Thử gõ ít chữ hơn, hoặc một từ khác, ví dụ: mật khẩu, mã QR, VNeID.',
  'search.failed': 'Không tìm được lúc này. Hãy tải lại trang rồi thử lại.',
  'search.filters': 'Lọc kết quả (không bắt buộc)',
  'search.filterType': 'Loại',
  'search.filterCourse': 'Khóa học',
  'search.filterAudience': 'Dành cho',
  'search.all': 'Tất cả',
  'search.popular': 'Bài nhiều người cần',
  'search.allLessons': 'Tất cả bài học, theo khóa học',
  'search.noScript':
    'Ô tìm kiếm cần trình duyệt bật JavaScript. Nếu không bật được, bạn tìm bài cần học trong danh sách tất cả bài học dưới đây.',

  // Section pages
  'courses.intro': 'Sáu khóa học, mỗi khóa gồm nhiều bài ngắn. Người mới nên bắt đầu từ khóa học thứ nhất.',
  'courses.for': 'Dành cho:',
  'paths.heading': 'Lộ trình học theo nhóm',
  'paths.intro': 'Mỗi nhóm người dân có một thứ tự học phù hợp. Tìm nhóm của bạn rồi học lần lượt từ trên xuống.',
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

  // Lesson page and its components
  'lesson.minutes': 'Khoảng {minutes} phút',
  'lesson.level': 'Mức: {level}',
  'lesson.objectives': 'Sau bài này, bạn có thể:',
  'lesson.tip': 'Mẹo',
  'lesson.warning': 'Cẩn thận',
  'lesson.remember': 'Ghi nhớ',
  'lesson.video': 'Video',
  'lesson.transcript': 'Xem bản chữ của video',
  'lesson.easyRead': 'Tóm tắt dễ đọc',
  'lesson.sources': 'Nguồn',
  'lesson.lastChecked': 'Kiểm tra lần cuối: {date}',
  'lesson.previous': 'Bài trước',
  'lesson.next': 'Bài tiếp theo',
  'lesson.backToCourse': 'Về trang khóa học',
  'quiz.heading': 'Tự kiểm tra',
  'quiz.intro': 'Chọn câu trả lời bạn cho là đúng. Không ai chấm điểm, bạn làm lại bao nhiêu lần cũng được.',
  'quiz.question': 'Câu {number}.',
  'quiz.reveal': 'Xem đáp án',
  'quiz.answerIs': 'Đáp án đúng:',
  'quiz.right': 'Đúng rồi!',
  'quiz.wrong': 'Chưa đúng.',
  'readAloud.play': 'Đọc to bài này',
  'readAloud.pause': 'Tạm dừng',
  'readAloud.resume': 'Đọc tiếp',
  'readAloud.stop': 'Dừng đọc',
  'progress.mark': 'Đánh dấu đã học xong',
  'progress.unmark': 'Bỏ đánh dấu',
  'progress.done': '✓ Bạn đã học xong bài này.',
  'progress.notDone': 'Học xong thì bấm nút dưới đây để lưu lại trên máy này.',
  'qr.label': 'Mã QR mở bài học này',
  'qr.caption': 'Quét mã để mở bài này trên điện thoại',
  'share.heading': 'Gửi bài này cho người thân',
  'share.zalo': 'Chia sẻ qua Zalo',
  'share.facebook': 'Chia sẻ qua Facebook',
  'guide.heading': 'Dành cho người hướng dẫn',
  'guide.intro': 'Gợi ý cho Đại sứ số và Tổ công nghệ số cộng đồng dạy bài này trong khoảng 15 phút.',
  'guide.steps': 'Cách dạy',
  'guide.prepare': 'Cần chuẩn bị',
  'guide.mistakes': 'Lỗi người học hay gặp',
  'guide.check': 'Cách biết người học đã tự làm được',

  // Course pages
  'course.lessons': '{count} bài',
  'course.totalTime': 'khoảng {minutes} phút',
  'course.lessonsHeading': 'Các bài học',
  'course.progress': 'Bạn đã học xong {done} trên {total} bài.',
  'course.lessonDone': 'Đã học xong',
  'course.noLessons': 'Các bài của khóa này đang được biên soạn. Cần hướng dẫn ngay, bạn hãy đến nơi hỗ trợ trực tiếp ghi ở cuối trang.',

  // Learning paths
  'paths.lessonsHeading': 'Các bài nên học, theo thứ tự',

  // My learning
  'mine.title': 'Học tập của tôi',
  'mine.intro': 'Tiến độ học của bạn chỉ lưu trên trình duyệt của máy này. Không ai khác xem được, không gửi đi đâu.',
  'mine.noScript': 'Trang này cần trình duyệt bật JavaScript để đọc tiến độ lưu trên máy. Bạn vẫn học được mọi bài ở mục Khóa học.',
  'mine.continue': 'Học tiếp:',
  'mine.nothingYet': 'Bạn chưa đánh dấu bài nào. Hãy bắt đầu với một khóa học.',
  'mine.courseDone': 'Bạn đã học xong khóa này.',
  'mine.certificate': 'Xem giấy chứng nhận',
  'mine.moveHeading': 'Chuyển tiến độ sang máy khác',
  'mine.moveIntro': 'Lưu tiến độ thành một tệp nhỏ, gửi tệp đó sang điện thoại mới (qua Zalo hoặc cáp), rồi mở trang này trên máy mới và chọn tệp.',
  'mine.export': 'Lưu tiến độ ra tệp',
  'mine.import': 'Chọn tệp tiến độ để nạp',
  'mine.imported': 'Đã nạp tiến độ từ tệp: {count} bài đã học xong.',
  'mine.damaged': 'Tệp này bị hỏng hoặc không đọc được. Tiến độ trên máy này vẫn giữ nguyên.',
  'mine.foreign': 'Tệp này không phải tệp tiến độ của trang Bình dân học vụ số. Tiến độ trên máy này vẫn giữ nguyên.',
  'mine.clearHeading': 'Xóa tiến độ',
  'mine.clear': 'Xóa tiến độ trên máy này',
  'mine.clearConfirm': 'Xóa hết tiến độ học trên máy này? Việc này không hoàn tác được.',
  'mine.cleared': 'Đã xóa tiến độ trên máy này.',
  'certificate.title': 'Giấy chứng nhận',
  'certificate.heading': 'Giấy chứng nhận hoàn thành khóa học',
  'certificate.nameLabel': 'Tên của bạn (chỉ để in lên giấy, không gửi đi đâu)',
  'certificate.show': 'Hiện giấy chứng nhận',
  'certificate.print': 'In giấy chứng nhận',
  'certificate.certifies': 'Chứng nhận',
  'certificate.completed': 'đã học xong {count} bài của khóa học',
  'certificate.on': 'Ngày {date}',
  'certificate.notYet': 'Bạn chưa học xong khóa này: còn {count} bài. Học xong tất cả các bài rồi quay lại đây.',
  'certificate.unknown': 'Không tìm thấy khóa học này. Hãy mở giấy chứng nhận từ trang Học tập của tôi.',
  'certificate.noScript': 'Giấy chứng nhận được làm từ tiến độ lưu trên máy này, nên cần trình duyệt bật JavaScript.',

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
} as const;

export type StringKey = keyof typeof vi;
