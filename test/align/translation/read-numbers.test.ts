import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../src/align/translation/read-numbers.js';

describe('readNumbers', () => {
  it('reads Chinese numerals', () => {
    expect(readNumbers('那年他二十一岁。')).toEqual(['21']);
    expect(readNumbers('他住十四楼，她住十五楼。')).toEqual(['14', '15']);
    expect(readNumbers('两千三百万人')).toEqual(['23000000']);
  });

  it('reads percentages the same way on both sides', () => {
    expect(readNumbers('百分之三的学生')).toEqual(['3%']);
    expect(readNumbers('3% of the students')).toEqual(['3%']);
    expect(readNumbers('3 percent of the students')).toEqual(['3%']);
  });

  it('reads a year digit by digit and "three or four" as two numbers', () => {
    expect(readNumbers('一九八四年')).toEqual(['1984']);
    expect(readNumbers('来了三四个人')).toEqual(['3', '4']);
  });

  it('reads English number words and ordinals', () => {
    expect(readNumbers('At twenty-one, he left home.')).toEqual(['21']);
    expect(readNumbers('on the fourteenth floor')).toEqual(['14']);
    expect(readNumbers('a hundred and five men')).toEqual(['105']);
    expect(readNumbers('four five six')).toEqual(['4', '5', '6']);
  });

  it('reads digits, half- and full-width, with thousands separators', () => {
    expect(readNumbers('１２３人')).toEqual(['123']);
    expect(readNumbers('1,000 people')).toEqual(['1000']);
  });

  it('ignores words that only look like object keys', () => {
    expect(readNumbers('the constructor called toString')).toEqual([]);
  });
});
