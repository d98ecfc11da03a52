// Romanises place names for slugs: pinyin-pro's reading, corrected where place names are read otherwise.
// Shared by make-divisions.mjs and make-townships.mjs so both follow one set of readings.
import { pinyin } from 'pinyin-pro';

// Readings pinyin-pro gets wrong in place names (checked against the official romanisation).
const READINGS = {
  乐亭: 'laoting', 乐陵: 'laoling', 乐清: 'yueqing', 大埔: 'dabu', 尉犁: 'yuli', 单县: 'shanxian', 浚县: 'xunxian',
  蔚县: 'yuxian', 涡阳: 'guoyang', 筠连: 'junlian', 洪洞: 'hongtong', 繁峙: 'fanshi', 歙县: 'shexian', 蚌山: 'bengshan',
  六合: 'luhe', 泌阳: 'biyang', 大城: 'dacheng', 闵行: 'minhang', 黄陂: 'huangpi', 民乐: 'minle', 曾都: 'zengdu',
  调兵山: 'diaobingshan',
};
// Characters with one reading in every place name: 都 du (都江堰, 郫都, 丰都), 什 shi (什邡, 喀什, 克什克腾),
// 柏 bai (柏乡, 万柏林). And three rare characters of township names pinyin-pro does not know: 䃥 chong
// (流波䃥镇, 金寨), 㯊 hen (桴㯊镇, 正安; the statistics bureau's own pages spelled it fuhenzhen), 㵲 wu (㵲水街道, 岑巩).
const CHARACTER_READINGS = { 都: 'du', 什: 'shi', 柏: 'bai', 䃥: 'chong', 㯊: 'hen', 㵲: 'wu' };

/** The name in toneless pinyin, syllables joined, ü as v: 零陵 → lingling, 芦洪市镇 → luhongshizhen. */
export function romanise(text) {
  if (READINGS[text]) return READINGS[text];
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true });
  return [...text].map((ch, i) => CHARACTER_READINGS[ch] ?? syllables[i]).join('').toLowerCase();
}
