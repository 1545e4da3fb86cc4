import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildFiles,
  crawlFiles,
  crawlPages,
  readCss,
  readIcs,
  readManifest,
  readServiceWorker,
  readXml,
  type Site,
} from '../support/crawl';

/*
 * The link check of tests/e2e/links.spec.ts, on a small build written here:
 * each kind of bad URL must be reported, and the good ones must not.
 */
const dir = mkdtempSync(join(tmpdir(), 'hvs-crawl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

const site: Site = { dir, origin: 'https://phuong.example.vn', base: '/binh-dan-hoc-vu-so/', allowed: ['https://phuong.example.vn'] };
const page = (body: string, head = '') => `<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>`;

write('index.html', page('<h1 id="dau-trang">Trang chủ</h1>'));
write('_astro/a.css', 'body{background:url(../og.png)} .x{background:url("data:image/png;base64,AA")} .y{background:url(/fonts/khong-co.woff2)}');
write('og.png', 'png');
write('khoa-hoc/index.html', page('<p id="cac-khoa">Khóa học</p>'));
write(
  'khoa-hoc/bai/index.html',
  page(
    [
      '<a href="/binh-dan-hoc-vu-so/khoa-hoc/">Khóa học</a>',
      '<a href="../">Khóa học (tương đối)</a>',
      '<a href="/binh-dan-hoc-vu-so/khoa-hoc/#cac-khoa">Có id</a>',
      '<a href="#noi-dung">Trên trang này</a><main id="noi-dung"></main>',
      '<a href="https://vneid.gov.vn/">VNeID</a>',
      '<a href="https://phuong.example.vn">Cổng phường</a>',
      '<a href="mailto:a@b.vn">Thư</a><a href="tel:1900">Gọi</a>',
      '<img src="/binh-dan-hoc-vu-so/og.png" srcset="/binh-dan-hoc-vu-so/og.png 1x, /og.png 2x" alt="">',
      '<a href="/tro-nang/">Ra khỏi base</a>',
      '<a href="/binh-dan-hoc-vu-so/khong-co/">Không có trang</a>',
      '<a href="/binh-dan-hoc-vu-so/khoa-hoc">Thiếu gạch chéo</a>',
      '<a href="/binh-dan-hoc-vu-so/khoa-hoc/#khong-co-id">Sai id</a>',
      '<a href="#cung-khong-co">Sai id trên trang</a>',
      '<a href="javascript:alert(1)">JS</a>',
      '<form action="/tim-kiem/"><button>Tìm</button></form>',
      '<video src="/binh-dan-hoc-vu-so/video.mp4" poster="/anh.png"><track src="/binh-dan-hoc-vu-so/phu-de.vtt"></video>',
      '<iframe src="https://youtube.com/embed/x"></iframe>',
      '<script type="application/ld+json">{"url":"https://phuong.example.vn/khoa-hoc/bai/","image":"https://phuong.example.vn/binh-dan-hoc-vu-so/og.png"}</script>',
    ].join(''),
    [
      '<link rel="canonical" href="https://phuong.example.vn/binh-dan-hoc-vu-so/khoa-hoc/bai/">',
      '<meta property="og:url" content="https://phuong.example.vn/khoa-hoc/bai/">',
      '<meta property="og:image" content="https://phuong.example.vn/binh-dan-hoc-vu-so/og.png">',
      '<meta name="twitter:image" content="https://phuong.example.vn/binh-dan-hoc-vu-so/khong-co.png">',
      '<script src="/binh-dan-hoc-vu-so/_astro/khong-co.js"></script>',
    ].join(''),
  ),
);
write(
  'sitemap-0.xml',
  '<?xml version="1.0"?><urlset><url><loc>https://phuong.example.vn/binh-dan-hoc-vu-so/khoa-hoc/</loc></url><url><loc>https://phuong.example.vn/khoa-hoc/</loc></url></urlset>',
);
write(
  'tin-tuc/rss.xml',
  '<rss><channel><link>https://phuong.example.vn/binh-dan-hoc-vu-so/</link><item><link>https://phuong.example.vn/binh-dan-hoc-vu-so/tin-tuc/khong-co/</link><guid isPermaLink="false">tin-1</guid><enclosure url="https://phuong.example.vn/binh-dan-hoc-vu-so/og.png" type="image/png"/></item></channel></rss>',
);
write(
  'lich-hoc/lop.ics',
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:Xem thêm: https://phuong.example.vn/binh-dan-hoc-vu-so/kh\r\n oa-hoc/\r\nURL:https://phuong.example.vn/binh-dan-hoc-vu-so/lich-\r\n\tlop/\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
);
write(
  'sw.js',
  [
    'const BASE = "/binh-dan-hoc-vu-so/";',
    "const PAGES = ['/binh-dan-hoc-vu-so/khoa-hoc/', `/binh-dan-hoc-vu-so/khong-co.js`];",
    'const found = html.matchAll(/href="(\\/[^"]+)"/g); // "/binh-dan-hoc-vu-so/trong-chu-thich/"',
    "const PREFIX = '/binh-dan-hoc-vu-so/_astro/';",
  ].join('\n'),
);
write('manifest.webmanifest', JSON.stringify({ start_url: './', scope: './', icons: [{ src: 'og.png' }, { src: '/icon.png' }] }));

const bad = (problems: string[]) => problems.map((problem) => problem.split(' → ')[0]);

describe('the link check', () => {
  it('reports every URL of a page that leaves the base or names nothing, and only those', () => {
    const report = crawlPages(site, buildFiles(dir));
    expect(bad(report.problems).sort()).toEqual(
      [
        'khoa-hoc/bai/index.html: <iframe src="https://youtube.com/embed/x">',
        'khoa-hoc/bai/index.html: a[href] "/tro-nang/"',
        'khoa-hoc/bai/index.html: a[href] "/binh-dan-hoc-vu-so/khong-co/"',
        'khoa-hoc/bai/index.html: a[href] "/binh-dan-hoc-vu-so/khoa-hoc"',
        'khoa-hoc/bai/index.html: a[href] "/binh-dan-hoc-vu-so/khoa-hoc/#khong-co-id"',
        'khoa-hoc/bai/index.html: a[href] "#cung-khong-co"',
        'khoa-hoc/bai/index.html: a[href] "javascript:alert(1)"',
        'khoa-hoc/bai/index.html: img[srcset] "/og.png"',
        'khoa-hoc/bai/index.html: form[action] "/tim-kiem/"',
        'khoa-hoc/bai/index.html: video[src] "/binh-dan-hoc-vu-so/video.mp4"',
        'khoa-hoc/bai/index.html: video[poster] "/anh.png"',
        'khoa-hoc/bai/index.html: track[src] "/binh-dan-hoc-vu-so/phu-de.vtt"',
        'khoa-hoc/bai/index.html: JSON-LD "https://phuong.example.vn/khoa-hoc/bai/"',
        'khoa-hoc/bai/index.html: meta[og:url] "https://phuong.example.vn/khoa-hoc/bai/"',
        'khoa-hoc/bai/index.html: meta[twitter:image] "https://phuong.example.vn/binh-dan-hoc-vu-so/khong-co.png"',
        'khoa-hoc/bai/index.html: script[src] "/binh-dan-hoc-vu-so/_astro/khong-co.js"',
      ].sort(),
    );
    expect(report.problems.join('\n')).toContain('"/tro-nang/" → leaves the base /binh-dan-hoc-vu-so/');
    expect(report.problems.join('\n')).toContain('no element with id "khong-co-id" on khoa-hoc/index.html');
    expect([...report.external]).toEqual(['https://vneid.gov.vn/', 'https://phuong.example.vn/']);
  });

  it('reads sitemaps and feeds', () => {
    expect(bad(crawlFiles(site, ['sitemap-0.xml', 'tin-tuc/rss.xml'], readXml).problems)).toEqual([
      'sitemap-0.xml: <loc> "https://phuong.example.vn/khoa-hoc/"',
      'tin-tuc/rss.xml: <link> "https://phuong.example.vn/binh-dan-hoc-vu-so/tin-tuc/khong-co/"',
    ]);
  });

  it('unfolds calendar lines before reading their URLs', () => {
    const report = crawlFiles(site, ['lich-hoc/lop.ics'], readIcs);
    expect(report.checked).toBe(2);
    expect(bad(report.problems)).toEqual(['lich-hoc/lop.ics: iCalendar "https://phuong.example.vn/binh-dan-hoc-vu-so/lich-lop/"']);
  });

  it("reads the service worker's strings, not its regular expressions or comments", () => {
    const report = crawlFiles(site, ['sw.js'], readServiceWorker, { folders: true });
    expect(report.checked).toBe(4);
    expect(bad(report.problems)).toEqual(['sw.js: sw.js string "/binh-dan-hoc-vu-so/khong-co.js"']);
  });

  it('reads stylesheets and the manifest', () => {
    expect(bad(crawlFiles(site, ['_astro/a.css'], readCss).problems)).toEqual(['_astro/a.css: css url() "/fonts/khong-co.woff2"']);
    expect(bad(crawlFiles(site, ['manifest.webmanifest'], readManifest).problems)).toEqual(['manifest.webmanifest: manifest "/icon.png"']);
  });
});
