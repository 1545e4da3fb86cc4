import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/lib/content/facts';

// The fresh fact-check of 7/12/2026 (safety, household tax, fake police, drills); each check fails on the old text.
const lesson = (path: string) => readFileSync(`content/courses/${path}.mdx`, 'utf8');
const frontmatter = (text: string) => text.split('\n---\n')[0] ?? '';
const body = (text: string) => text.split('\n---\n').slice(1).join('\n---\n');
const TAX = 'cho-so-4t/thue-ho-kinh-doanh-2026';

interface Scenario {
  id: string;
  answer: string;
  signs: string[];
  todo: string;
  lesson: string;
}
const drills = () => (parse(readFileSync('content/drills/lua-dao.yaml', 'utf8')) as { scenarios: Scenario[] }).scenarios;

describe('household-business tax follows Nghị định 141/2026/NĐ-CP', () => {
  it('keeps the threshold once, in facts.yaml, at 1 tỷ đồng with the Government portal as source', () => {
    const fact = loadFacts('content/site/facts.yaml').facts.find((entry) => entry.id === 'nguong-doanh-thu-ho-kinh-doanh');
    expect(fact?.value).toBe('1 tỷ đồng');
    expect(fact?.source.url).toMatch(/^https:\/\/[a-z.]*chinhphu\.vn\/.*141-2026/);
    expect(fact?.note).toContain('141/2026/NĐ-CP');
  });

  it('the lesson, its quiz and its timeline drawing no longer give 500 triệu as the threshold', () => {
    const text = lesson(TAX);
    expect(body(text)).toContain('<Fact id="nguong-doanh-thu-ho-kinh-doanh" />');
    expect(body(text)).not.toMatch(/[Dd]oanh thu đến 500 triệu/);
    expect(frontmatter(text)).not.toMatch(/500 triệu/);
    expect(frontmatter(text)).toMatch(/explanation: Doanh thu từ 1 tỷ đồng một năm trở xuống/);
    // Below the threshold a household still reports its revenue.
    expect(body(text)).toMatch(/vẫn báo doanh thu của năm cho cơ quan thuế, chậm nhất ngày 31\/1 năm sau/);
    const drawing = readFileSync('content/media/cho-so-4t/thue-2026-moc.svg', 'utf8');
    expect(drawing).toContain('Doanh thu đến 1 tỷ đồng');
    expect(drawing).not.toContain('500 triệu');
  });

  it('cites official texts, and drops the sources that gave the superseded thresholds', () => {
    const text = frontmatter(lesson(TAX));
    expect(text).toContain('congbao.chinhphu.vn/van-ban/nghi-dinh-so-141-2026-nd-cp');
    expect(text).toContain('vanban.chinhphu.vn');
    expect(text).toContain('122/2025/QH15');
    expect(text).not.toContain('duoi-200-trieu');
    expect(text).not.toContain('tren-500-trieu');
  });
});

describe('the "right now" block keeps the evidence until the police have it', () => {
  it('reports to the police, with the phone, before the factory reset, and asks the bank to trace the money', () => {
    const { ifScammed } = loadFacts('content/site/facts.yaml');
    const at = (words: string) => ifScammed.steps.findIndex((step) => step.includes(words));
    expect(at('Giữ lại bằng chứng')).toBeGreaterThan(-1);
    expect(at('Chưa xóa gì trên máy')).toBe(at('Giữ lại bằng chứng'));
    expect(at('mang theo máy')).toBeGreaterThan(at('Giữ lại bằng chứng'));
    expect(at('khôi phục cài đặt gốc')).toBeGreaterThan(at('mang theo máy'));
    expect(ifScammed.steps[at('khôi phục cài đặt gốc')]).toContain('Sau khi báo công an');
    expect(at('tra soát')).toBeGreaterThan(-1);
  });
});

describe('fake police: money, video calls, face scans and screen sharing', () => {
  it('the lesson names the "clean money" transfer, the video call, the face scan and screen sharing', () => {
    const text = lesson('an-toan-tren-mang/cuoc-goi-gia-danh-cong-an');
    expect(body(text)).toMatch(/chứng minh tiền sạch/);
    expect(body(text)).toMatch(/không gọi video để làm việc/);
    expect(body(text)).toMatch(/chia sẻ màn hình/);
    expect(body(text)).toMatch(/Công an không bao giờ bảo bạn chuyển tiền/);
    expect(frontmatter(text)).toMatch(/answer: Cúp máy, kể với người nhà, đến Công an phường hỏi/);
  });

  it('a drill trains the same call, and the answer is scam', () => {
    const drill = drills().find((scenario) => scenario.id === 'cong-an-goi-video-chung-minh-tien-sach');
    expect(drill?.answer).toBe('lừa đảo');
    expect(drill?.todo).toMatch(/kể ngay với người nhà/);
    expect(drill?.lesson).toBe('an-toan-tren-mang/cuoc-goi-gia-danh-cong-an');
  });
});

describe('reporting lines and drills point where they should', () => {
  it('the 156 line is used by the lessons on fake calls and on what to do after a scam', () => {
    for (const path of ['an-toan-tren-mang/cuoc-goi-gia-danh-cong-an', 'an-toan-tren-mang/bi-lua-thi-lam-gi-va-bao-o-dau']) {
      expect(body(lesson(path)), path).toContain('<Fact id="tong-dai-156" />');
    }
  });

  it('every fact in facts.yaml is used somewhere in the content', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(`${dir}/${entry.name}`) : /\.(mdx|md|yaml)$/.test(entry.name) ? [`${dir}/${entry.name}`] : [],
      );
    const all = files('content').filter((file) => file !== 'content/site/facts.yaml').map((file) => readFileSync(file, 'utf8')).join('\n');
    const { facts, ifScammed } = loadFacts('content/site/facts.yaml');
    const used = `${all}\n${ifScammed.steps.join('\n')}`;
    const unused = facts.map((fact) => fact.id).filter((id) => !used.includes(`"${id}"`) && !used.includes(`[fact:${id}]`));
    expect(unused).toEqual([]);
  });

  it('the electricity, tax-officer and VNeID-address drills lead to the lessons that teach them', () => {
    const byId = new Map(drills().map((scenario) => [scenario.id, scenario]));
    expect(byId.get('dien-luc-goi-cai-ung-dung')?.lesson).toBe('an-toan-tren-mang/lua-dao-moi-2025-2026');
    expect(byId.get('can-bo-thue-goi-ho-kinh-doanh')?.lesson).toBe(TAX);
    expect(byId.get('cap-nhat-cu-tru-vneid-sau-sap-nhap')?.lesson).toBe('an-toan-tren-mang/lua-dao-moi-2025-2026');
    // A caller's number can be faked to look like the power company's.
    expect(byId.get('dien-luc-goi-cai-ung-dung')?.signs.join(' ')).toMatch(/làm giả được số gọi đến/);
    expect(body(lesson('an-toan-tren-mang/lua-dao-moi-2025-2026'))).toMatch(/làm giả được số gọi đến/);
  });
});

describe('health insurance card', () => {
  it('says exactly who still gets a paper card, and warns about fake "integration" video calls', () => {
    const text = body(lesson('cham-soc-suc-khoe-truc-tuyen/the-bhyt-tren-ung-dung'));
    expect(text).toMatch(/Thẻ giấy chỉ còn cấp cho người không cài được VssID, VNeID và cũng không có thẻ căn cước gắn chip/);
    expect(text).toMatch(/gọi video/);
    expect(text).toContain('<IfScammed />');
  });
});

describe('the "right now" block covers a shared screen', () => {
  it('names screen sharing in its title and cuts the connection in its first step', () => {
    const { ifScammed } = loadFacts('content/site/facts.yaml');
    expect(ifScammed.title).toContain('chia sẻ màn hình');
    expect(ifScammed.steps[0]).toMatch(/chia sẻ màn hình[^.]*chế độ máy bay/);
  });
});
