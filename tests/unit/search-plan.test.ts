import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../src/lib/content/vocabulary';
import { buildIndex, readFragment, type Fragment } from '../../src/lib/search/index-build';
import { foldTokens, postingsOf } from '../../src/lib/search/model';
import { dropStopPhrases, oneEdit, planQuery } from '../../src/lib/search/plan';
import { listAll, rank } from '../../src/lib/search/rank';

const vocabulary = loadVocabulary('content/search');
const none = { stopPhrases: [], synonyms: [] };

const page = (url: string, title: string, text: string, type = 'bài học', extra: Partial<Fragment> = {}): Fragment => ({
  url,
  content: `${title}. ${text}`,
  meta: { title },
  filters: { type: [type] },
  anchors: [],
  ...extra,
});

/** A small site: lessons, a practice page, a listing page quoting every lesson title, news and an event. */
const SITE = [
  page('/khoa-hoc/a/lua-dao-qua-dien-thoai/', 'Nhận biết lừa đảo qua điện thoại', 'Kẻ gian gọi điện thoại, giả làm công an. Cúp máy ngay. Không chuyển tiền.'),
  page('/khoa-hoc/a/chuyen-khoan/', 'Chuyển khoản và kiểm tra tên người nhận', 'Mở ứng dụng ngân hàng. Nhập số tài khoản. Xem tên người nhận trước khi xác nhận.'),
  page('/khoa-hoc/a/tra-tien-dien/', 'Trả tiền điện, nước trong ứng dụng ngân hàng', 'Trả hóa đơn tiền điện ngay trên điện thoại, không ra quầy.'),
  page('/khoa-hoc/a/vneid/', 'Cài VNeID và lấy tài khoản mức 2', 'Tải VNeID từ CH Play. Định danh điện tử mức 2 ở Công an phường.'),
  page('/khoa-hoc/a/mat-khau/', 'Đặt mật khẩu mạnh và bật xác thực hai lớp', 'Thêm một lớp khóa cho tài khoản. Học cách đặt mật khẩu khó đoán, gần như không ai đoán được, ở nhà cũng làm được.'),
  page('/thuc-hanh/chuyen-tien/', 'Chuyển khoản và kiểm tra tên người nhận', 'Tập làm thử. Chuyển tiền cho người thân.', 'trang'),
  page(
    '/lo-trinh/nguoi-cao-tuoi/',
    'Người cao tuổi',
    'Lộ trình gồm: Nhận biết lừa đảo qua điện thoại. Chuyển khoản và kiểm tra tên người nhận. Trả tiền điện, nước trong ứng dụng ngân hàng. Cài VNeID và lấy tài khoản mức 2. Học từ từ, mỗi ngày một bài.',
    'trang',
  ),
  page('/tin-tuc/lop-hoc/', 'Mở lớp học điện thoại gần nhà cho người cao tuổi', 'Lớp học tại nhà văn hóa tổ dân phố, gần nhà, dạy chuyển khoản và cài VNeID.', 'tin tức'),
  page('/lich-hoc/lop-vneid/', 'Lớp học cài VNeID cho người cao tuổi', 'Lớp học ở nhà văn hóa, mang theo điện thoại và căn cước.', 'lịch học'),
];
const index = buildIndex(SITE);
const words = Object.keys(index.words);
const top = (query: string, vocab = vocabulary) => rank(index, planQuery(query, vocab, words)).results.map((result) => result.page.url);

describe('dropStopPhrases', () => {
  it.each([
    ['cách đổi mật khẩu', 'đổi mật khẩu'],
    ['cach doi mat khau', 'doi mat khau'],
    ['làm sao để cài VNeID', 'cài vneid'],
    ['LAM SAO DE cai vneid', 'cai vneid'],
    ['bị lừa thì sao', 'bị lừa'],
    ['mã OTP là gì', 'mã otp'],
    ['nộp hồ sơ như thế nào', 'nộp hồ sơ'],
    ['cách', 'cách'],
  ])('%j keeps %j', (query, expected) => {
    expect(dropStopPhrases(query.toLocaleLowerCase('vi').split(' '), vocabulary.stopPhrases).join(' ')).toBe(expected);
  });
});

describe('stop words inside a phrase of the vocabulary', () => {
  const vocab = { stopPhrases: ['bằng', 'trên'], synonyms: [['bằng lái xe', 'giấy phép lái xe']] };

  it('keep the phrase whole: "bằng" of "bằng lái xe" is not dropped', () => {
    expect(dropStopPhrases(['bằng', 'lái', 'xe', 'trên', 'điện', 'thoại'], vocab.stopPhrases, [['bang', 'lai', 'xe']])).toEqual(['bằng', 'lái', 'xe', 'điện', 'thoại']);
    expect(dropStopPhrases(['trả', 'bằng', 'thẻ'], vocab.stopPhrases, [['bang', 'lai', 'xe']])).toEqual(['trả', 'thẻ']);
  });

  it('so the phrase finds its group, typed with or without marks', () => {
    const site = buildIndex([page('/khoa-hoc/a/giay-phep/', 'Giấy phép lái xe trên điện thoại', 'Cho xem giấy phép lái xe khi được hỏi.')]);
    for (const query of ['bằng lái xe trên điện thoại', 'bang lai xe tren dien thoai']) {
      const plan = planQuery(query, vocab, Object.keys(site.words));
      expect(plan.units[0]?.alternatives.map((alt) => alt.tokens.join(' '))).toContain('giay phep lai xe');
      expect(rank(site, plan).results[0]?.page.url).toBe('/khoa-hoc/a/giay-phep/');
    }
  });
});

describe('the index', () => {
  it('carries the editors\' vocabulary, so the search page need not', () => {
    expect(buildIndex(SITE, vocabulary).vocabulary).toEqual(vocabulary);
    expect(JSON.parse(JSON.stringify(buildIndex(SITE))).vocabulary).toEqual({ stopPhrases: [], synonyms: [] });
  });

  it('leaves headings most pages share out of a page\'s head', () => {
    const shared = { element: 'h2', text: 'Tự kiểm tra' };
    const site = buildIndex(
      ['a', 'b', 'c', 'd', 'e'].map((id) => page(`/khoa-hoc/x/${id}/`, `Bài ${id}`, 'Nội dung.', 'bài học', { anchors: [shared, { element: 'h2', text: `Mục riêng ${id}` }] })),
    );
    expect(site.pages[0]?.head).toContain('muc rieng a');
    expect(site.pages[0]?.head).not.toContain('tu kiem tra');
  });

  it('holds how residents name a lesson (its searchTerms) like a heading, so their words find it', () => {
    const lessons = [
      page('/khoa-hoc/a/tra-tien-dien/', 'Trả tiền điện, nước trong ứng dụng ngân hàng', 'Trả hóa đơn tiền điện ngay trên điện thoại.', 'bài học', { meta: { title: 'Trả tiền điện, nước trong ứng dụng ngân hàng', terms: 'tiền điện EVN | cước internet' } }),
      page('/khoa-hoc/a/chuyen-khoan/', 'Chuyển khoản và kiểm tra tên người nhận', 'Nhập số tài khoản, xem tên trước khi chuyển.'),
      page('/khoa-hoc/a/wifi/', 'Kết nối Wi-Fi', 'Mạng internet ở nhà: chọn tên mạng, nhập mật khẩu.'),
    ];
    const site = buildIndex(lessons);
    expect(site.pages.find((entry) => entry.url === '/khoa-hoc/a/tra-tien-dien/')?.head.split(' | ')).toContain('cuoc internet');
    const found = (query: string, at: typeof site) => rank(at, planQuery(query, none, Object.keys(at.words))).results.map((result) => result.page.url);
    expect(found('cước internet', site)[0]).toBe('/khoa-hoc/a/tra-tien-dien/');
    // Without the terms the lesson does not know the word "cước", and the page about the internet comes first.
    const without = buildIndex(lessons.map((lesson) => ({ ...lesson, meta: { title: lesson.meta['title'] ?? '' } })));
    expect(found('cước internet', without)[0]).not.toBe('/khoa-hoc/a/tra-tien-dien/');
  });

  it('writes each word\'s pages as gaps (small numbers, a smaller gzip index) and reads them back', () => {
    const site = buildIndex([page('/a/', 'Một', 'sạc pin'), page('/b/', 'Hai', 'màn hình'), page('/c/', 'Ba', 'sạc pin, sạc pin')]);
    expect(site.words['sac']?.filter((_, i) => i % 2 === 0)).toEqual([0, 1]);
    expect(postingsOf(site.words['sac'] ?? [])).toEqual([
      [0, 1 * 4 + 2],
      [2, 2 * 4 + 2],
    ]);
  });

  it('is written from Pagefind fragments (gzip, a signature, JSON)', () => {
    const fragment = SITE[0] as Fragment;
    expect(readFragment(gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(fragment)}`)))).toEqual(fragment);
  });

  it('keeps only the own words of a page that lists lessons, and marks it as a listing', () => {
    const listing = index.pages.find((entry) => entry.url === '/lo-trinh/nguoi-cao-tuoi/');
    expect(listing?.kind).toBe('listing');
    const inListing = (word: string) => postingsOf(index.words[word] ?? []).some(([value]) => index.pages[value] === listing);
    expect(inListing('vneid')).toBe(false);
    expect(inListing('tu')).toBe(true);
    // A practice page keeps its title, the same as its lesson's.
    expect(index.pages.find((entry) => entry.url === '/thuc-hanh/chuyen-tien/')?.kind).toBe('practice');
  });

  it('folds marks, "đ", both tone styles and "y"/"i" after a consonant the same way for pages and queries', () => {
    expect(foldTokens('Kỹ năng, KĨ NĂNG, sức khoẻ, sức khỏe, Đường')).toEqual(['ki', 'nang', 'ki', 'nang', 'suc', 'khoe', 'suc', 'khoe', 'duong']);
    expect(foldTokens('Wi-Fi')).toEqual(['wi', 'fi']);
  });
});

describe('planQuery', () => {
  it('forgives one wrong, missing, extra or swapped letter, against the words of the index only', () => {
    expect(oneEdit('thaoi').has('thoai')).toBe(true);
    const units = planQuery('lua dao qua dien thaoi', none, words).units;
    expect(units.map((unit) => unit.alternatives.map((alt) => alt.tokens.join(' ')))).toContainEqual(['thoai']);
    expect(planQuery('vnied', none, words).units[0]?.alternatives).toEqual([{ tokens: ['vneid'], weight: 0.7, how: 'typo' }]);
    expect(planQuery('chuyen khaon', none, words).units[1]?.alternatives.map((alt) => alt.tokens[0])).toContain('khoan');
  });

  it('never corrects a word the index holds', () => {
    expect(planQuery('dien thoai', none, words).units.map((unit) => unit.alternatives)).toEqual([
      [{ tokens: ['dien'], weight: 1, how: 'exact' }],
      [{ tokens: ['thoai'], weight: 1, how: 'exact' }],
    ]);
  });

  it('reads the start of a word as the words it begins', () => {
    expect(planQuery('vne', none, words).units[0]?.alternatives.map((alt) => alt.tokens[0])).toEqual(['vneid']);
  });

  it('finds a synonym group as one unit, and a typo of a one-word member finds the group', () => {
    const synonyms = { stopPhrases: [], synonyms: [['chuyển khoản', 'chuyển tiền']] };
    expect(planQuery('chuyển tiền', synonyms, words).units).toHaveLength(1);
    expect(planQuery('chuyển tiền', synonyms, words).units[0]?.alternatives.map((alt) => alt.tokens.join(' '))).toEqual(['chuyen khoan', 'chuyen tien']);
  });
});

describe('planQuery with marks and phrases', () => {
  it('reads a word typed with marks as a whole syllable, not the start of a longer word', () => {
    const list = ['xong', 'xoa', 'so'];
    expect(planQuery('xổ', none, list).units[0]?.alternatives).toEqual([]);
    expect(planQuery('xo', none, list).units[0]?.alternatives.map((alt) => alt.how)).toEqual(['prefix', 'prefix']);
  });

  it('corrects a typo inside a phrase of the vocabulary, so the phrase stays one unit', () => {
    const vocab = { stopPhrases: [], synonyms: [['điện thoại', 'smartphone']] };
    const plan = planQuery('lua dao dien thaoi', vocab, ['lua', 'dao', 'dien', 'thoai', 'smartphone']);
    expect(plan.units.map((unit) => unit.typed.join(' '))).toEqual(['lua', 'dao', 'dien thoai']);
    expect(plan.units[2]?.alternatives.map((alt) => [alt.tokens.join(' '), alt.how])).toEqual([
      ['dien thoai', 'typo'],
      ['smartphone', 'typo'],
    ]);
  });
});

describe('rank', () => {
  it('finds what the right spelling finds through one typo, with every "d"/"đ" reading', () => {
    expect(top('lua dao qua dien thaoi')[0]).toBe('/khoa-hoc/a/lua-dao-qua-dien-thoai/');
    expect(top('lừa đảo qua điện thoại')[0]).toBe('/khoa-hoc/a/lua-dao-qua-dien-thoai/');
    expect(top('vnied')[0]).toBe('/khoa-hoc/a/vneid/');
    expect(top('chuyen khaon')[0]).toBe('/khoa-hoc/a/chuyen-khoan/');
  });

  it('ranks an exact match above a corrected one', () => {
    const site = buildIndex([page('/a/', 'Bài một', 'sạc pin'), page('/b/', 'Bài hai', 'sạc pim')]);
    const ranked = rank(site, planQuery('pim', none, Object.keys(site.words))).results.map((result) => result.page.url);
    expect(ranked).toEqual(['/b/']);
    const both = rank(site, planQuery('sac pim', none, Object.keys(site.words))).results.map((result) => result.page.url);
    expect(both[0]).toBe('/b/');
  });

  it('puts a page whose title holds every word first, and the lesson above its practice page and the listing', () => {
    const ranked = top('chuyển khoản kiểm tra tên', none);
    expect(ranked.slice(0, 2)).toEqual(['/khoa-hoc/a/chuyen-khoan/', '/thuc-hanh/chuyen-tien/']);
    expect(ranked.indexOf('/lo-trinh/nguoi-cao-tuoi/')).toBe(-1);
  });

  it('puts news and classes below lessons unless the query asks for classes', () => {
    const vneid = top('cài vneid', none);
    expect(vneid[0]).toBe('/khoa-hoc/a/vneid/');
    expect(top('lớp học cài vneid', none)[0]).toBe('/lich-hoc/lop-vneid/');
  });

  it('ranks words side by side above scattered ones', () => {
    // The lesson on passwords holds "học", "gần" and "nhà" apart; the news holds "học … gần nhà" in its title.
    expect(top('hoc gan nha', none)[0]).toBe('/tin-tuc/lop-hoc/');
  });

  it('keeps news below a lesson even when the news title holds every word, unless news is asked for', () => {
    const site = buildIndex([
      page('/khoa-hoc/a/qr/', 'Nhận tiền bằng mã QR tại sạp', 'Người bán hàng ở chợ, bán rau hay bán cá, dán mã QR ở sạp.'),
      page('/tin-tuc/ban-rau/', 'Chị Lan bán rau nhận tiền bằng mã QR', 'Chị Lan ở chợ An Bình.', 'tin tức'),
    ]);
    const order = (query: string) => rank(site, planQuery(query, none, Object.keys(site.words))).results.map((result) => result.page.url);
    expect(order('ban rau nhan tien qr')).toEqual(['/khoa-hoc/a/qr/', '/tin-tuc/ban-rau/']);
  });

  it('keeps news whose title holds the query above other pages that hold it only in a heading', () => {
    const site = buildIndex([
      page('/phong-trao/mang-luoi/', 'Mạng lưới hỗ trợ', 'Tổ công nghệ số. Mỗi tổ dân phố có một tổ.', 'trang', { anchors: [{ element: 'h2', text: 'Tổ công nghệ số' }] }),
      page('/tin-tuc/to/', 'Ra mắt tổ công nghệ số ở tổ dân phố 3', 'Tổ ra mắt hôm qua.', 'tin tức'),
    ]);
    expect(rank(site, planQuery('tổ công nghệ số', none, Object.keys(site.words))).results[0]?.page.url).toBe('/tin-tuc/to/');
  });

  it('keeps such news above those pages when a lesson holds the query only in its text, below them', () => {
    const site = buildIndex([
      page('/phong-trao/mang-luoi/', 'Mạng lưới hỗ trợ', 'Tổ công nghệ số. Mỗi tổ dân phố có một tổ.', 'trang', { anchors: [{ element: 'h2', text: 'Tổ công nghệ số' }] }),
      page('/tin-tuc/to/', 'Ra mắt tổ công nghệ số ở tổ dân phố 3', 'Tổ ra mắt hôm qua.', 'tin tức'),
      page('/khoa-hoc/a/cho/', 'Mô hình chợ 4.0', 'Người bán hàng học dùng công nghệ số. Mỗi sạp dán một tờ mã QR ở tổ dân phố.'),
    ]);
    const results = rank(site, planQuery('tổ công nghệ số', none, Object.keys(site.words))).results.map((result) => result.page.url);
    expect(results).toContain('/khoa-hoc/a/cho/');
    expect(results[0]).toBe('/tin-tuc/to/');
  });

  it('puts the whole query as a heading above pages holding its words in their titles apart', () => {
    const site = buildIndex([
      page('/khoa-hoc/a/ban-hang/', 'Bán hàng an toàn, tránh lừa đảo', 'Bán hàng trên mạng. Khách hay hỏi mã.'),
      page('/khoa-hoc/a/vi/', 'Ví điện tử an toàn, không bị lừa đảo', 'Giữ tiền trong ví. Kẻ gian hay giả làm ngân hàng.'),
      page('/thuc-hanh/lua-dao/', 'Tình huống', 'Lừa đảo hay an toàn? Đọc từng tin nhắn và đoán.', 'trang', { anchors: [{ element: 'h2', text: 'Lừa đảo hay an toàn?' }] }),
    ]);
    expect(rank(site, planQuery('lua dao hay an toan', none, Object.keys(site.words))).results[0]?.page.url).toBe('/thuc-hanh/lua-dao/');
  });

  it('weighs a phrase as typed above its common one-syllable synonym', () => {
    const vocab = { stopPhrases: [], synonyms: [['lừa đảo', 'lừa']] };
    const site = buildIndex([
      page('/khoa-hoc/a/lua-dao/', 'Những chiêu lừa đảo mới', 'Kẻ gian gọi qua điện thoại, nhắn tin. Cúp máy.'),
      page('/khoa-hoc/a/dien-thoai/', 'Trả tiền điện thoại trong ứng dụng', 'Trả qua ứng dụng: chọn nhà mạng, nhập số điện thoại. Đừng để bị lừa.'),
      page('/khoa-hoc/a/bat-may/', 'Bật máy điện thoại', 'Giữ nút nguồn. Lựa chọn ngôn ngữ.'),
      ...['a', 'b', 'c', 'd'].map((id) => page(`/khoa-hoc/b/${id}/`, `Bài ${id}`, 'Lựa chọn qua từng bước, tránh lửa.')),
    ]);
    expect(rank(site, planQuery('lừa đảo qua điện thoại', vocab, Object.keys(site.words))).results[0]?.page.url).toBe('/khoa-hoc/a/lua-dao/');
  });

  it('does not fit a query whose telling word no page uses, though the site holds its common words', () => {
    const site = buildIndex([
      page('/khoa-hoc/a/ho-so/', 'Theo dõi hồ sơ và nhận kết quả', 'Xem kết quả của hồ sơ bằng mã số hồ sơ.'),
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => page(`/khoa-hoc/b/${id}/`, `Bài ${id}`, 'Kết quả bài học, số câu đúng.')),
    ]);
    const fits = (query: string) => rank(site, planQuery(query, none, Object.keys(site.words))).fits;
    expect(fits('kết quả xổ số')).toBe(false);
    expect(fits('kết quả hồ sơ')).toBe(true);
  });

  it('forgives one extra word the page lacks when the rest is in its title', () => {
    const site = buildIndex([
      page('/khoa-hoc/a/4g/', 'Bật 4G và Wi-Fi', 'Vào Cài đặt, chọn Kết nối, bật dữ liệu di động.'),
      page('/tin-tuc/a/', 'Ngày hội ở phường', 'Đăng ký nhanh ngày hội học tập.', 'tin tức'),
      page('/khoa-hoc/a/nau/', 'Nấu ăn', 'Hôm nay nấu phở bò.'),
      ...['a', 'b', 'c', 'd', 'e'].map((id) => page(`/khoa-hoc/b/${id}/`, `Bài ${id}`, 'Học bài mới.')),
    ]);
    const result = rank(site, planQuery('bật 4G nhanh', none, Object.keys(site.words)));
    expect(result.fits).toBe(true);
    expect(result.results[0]?.page.url).toBe('/khoa-hoc/a/4g/');
    // Scattered words of another topic are not forgiven their missing word.
    expect(rank(site, planQuery('nấu phở gà hôm qua', none, Object.keys(site.words))).fits).toBe(false);
  });

  it('says nothing fits when no page holds enough of the query', () => {
    expect(rank(index, planQuery('đăng ký thường trú', none, words))).toEqual({ results: [], fits: false });
    expect(rank(index, planQuery('zzxxqq', none, words)).fits).toBe(false);
    expect(rank(index, planQuery('trả tiền điện', none, words)).fits).toBe(true);
  });

  it('lists every page of a kind in a steady order when the box is empty', () => {
    expect(listAll(index.pages).map((entry) => entry.kind)).toEqual(['lesson', 'lesson', 'lesson', 'lesson', 'lesson', 'practice', 'listing', 'event', 'news']);
  });
});

describe('whether anything fits', () => {
  // Thirty pages on other things, so a word on one or two pages is rare and a word on most of them common.
  const others = Array.from({ length: 30 }, (_, i) => page(`/khoa-hoc/khac/${i}/`, `Bài khác số ${i}`, `Học cách dùng điện thoại ở nhà, trên xe, với tờ giấy, bài ${i}.`));
  const fits = (pages: Fragment[], query: string) => {
    const site = buildIndex([...others, ...pages]);
    return rank(site, planQuery(query, none, Object.keys(site.words))).fits;
  };

  it('does not take common syllables scattered in one opening for a query about something else', () => {
    const qr = page('/khoa-hoc/a/qr/', 'Quét mã QR an toàn', 'Học cách xem mã dán lại ở quầy, mã trên xe buýt, mã lạ trên tờ rơi.');
    // Every syllable of "học lái xe ô tô" is in the opening, none beside the next.
    expect(fits([qr], 'học lái xe ô tô')).toBe(false);
    expect(fits([qr], 'mã dán ở quầy')).toBe(true);
  });

  it('does not take a page that holds the query\'s rarest word only deep in its text for an answer', () => {
    const filler = 'Mở ứng dụng, chọn người thân, bấm nút. '.repeat(8);
    const call = page('/khoa-hoc/a/goi/', 'Gọi video cho người thân', `${filler} Hai người thấy mặt nhau.`);
    const callAgain = page('/khoa-hoc/a/goi-lai/', 'Gọi lại khi lỡ cuộc gọi', 'Bấm vào số đã gọi.');
    expect(fits([call, callAgain], 'gọi mặt')).toBe(false);
    const face = page('/khoa-hoc/a/goi/', 'Gọi video cho người thân', `Hai người thấy mặt nhau. ${filler}`);
    expect(fits([face, callAgain], 'gọi mặt')).toBe(true);
  });

  it('keeps news below the pages about an event the query names, when no lesson is among the results', () => {
    const pages = [
      page('/lich-hoc/ngay-hoi/', 'Ngày hội học tập số', 'Sự kiện ở nhà văn hóa phường.', 'lịch học'),
      page('/tin-tuc/ngay-hoi/', 'Chương trình ngày hội học tập số', 'Tin về chương trình.', 'tin tức'),
      page('/phong-trao/ngay-hoi/', 'Ngày hội học tập số toàn dân', 'Trang giới thiệu ngày hội.', 'trang'),
      page('/khoa-hoc/a/wifi/', 'Kết nối Wi-Fi', 'Chọn tên mạng, nhập mật khẩu.'),
    ];
    const site = buildIndex([...others, ...pages]);
    const urls = rank(site, planQuery('ngày hội', none, Object.keys(site.words))).results.map((result) => result.page.url);
    expect(urls[0]).toBe('/lich-hoc/ngay-hoi/');
    expect(urls.indexOf('/tin-tuc/ngay-hoi/')).toBeGreaterThan(urls.indexOf('/phong-trao/ngay-hoi/'));
  });
});
