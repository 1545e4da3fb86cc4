import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, optionAttributes, parseOptions } from '../../src/lib/reading-options';

describe('parseOptions', () => {
  it.each([
    [null, DEFAULT_OPTIONS],
    ['', DEFAULT_OPTIONS],
    ['not json', DEFAULT_OPTIONS],
    ['[1,2]', DEFAULT_OPTIONS],
    ['{"textSize":"huge"}', DEFAULT_OPTIONS],
    ['{"textSize":"larger","highContrast":true}', { textSize: 'larger', highContrast: true, wideSpacing: false }],
    ['{"wideSpacing":"yes"}', DEFAULT_OPTIONS],
    ['{"textSize":"largest"}', { textSize: 'largest', highContrast: false, wideSpacing: false }],
    ['{"textSize":"large","wideSpacing":true}', { textSize: 'large', highContrast: false, wideSpacing: true }],
  ])('reads %j', (raw, expected) => {
    expect(parseOptions(raw)).toEqual(expected);
  });
});

describe('optionAttributes', () => {
  it('sets nothing for the defaults', () => {
    expect(optionAttributes(DEFAULT_OPTIONS)).toEqual({ 'data-text-size': null, 'data-contrast': null, 'data-spacing': null });
  });

  it('sets every chosen option', () => {
    expect(optionAttributes({ textSize: 'larger', highContrast: true, wideSpacing: true })).toEqual({
      'data-text-size': 'larger',
      'data-contrast': 'high',
      'data-spacing': 'wide',
    });
  });
});
