import { describe, expect, it } from 'vitest';
import { fold, slugify } from '../../src/lib/text/fold';

describe('fold', () => {
  it.each([
    ['Thanh toán', 'thanh toan'],
    ['hoà', 'hoa'],
    ['hòa', 'hoa'],
    ['thuỷ', 'thuy'],
    ['thủy', 'thuy'],
    ['Thanh toán'.normalize('NFD'), 'thanh toan'],
    ['ĐƯỜNG ĐI', 'duong di'],
    ['Đồng', 'dong'],
    ['LỪA ĐẢO', 'lua dao'],
    ['ơ ư ă â ê ô', 'o u a a e o'],
    ['Ơn Ưu Ăn Ân Êm Ôm', 'on uu an an em om'],
    ['Nguyễn'.normalize('NFD'), 'nguyen'],
    ['khoẻ', 'khoe'],
    ['khỏe', 'khoe'],
  ])('folds %j to %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('slugify', () => {
  it.each([
    ['An toàn trên mạng', 'an-toan-tren-mang'],
    ['Chợ số 4T: Tiểu thương', 'cho-so-4t-tieu-thuong'],
    ['  thanh niên và học sinh ', 'thanh-nien-va-hoc-sinh'],
    ['Dịch vụ công trực tuyến'.normalize('NFD'), 'dich-vu-cong-truc-tuyen'],
  ])('makes %j into %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});
