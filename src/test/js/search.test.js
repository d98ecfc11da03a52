'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { client } = require('./client');

const urls = (r) => r.results.map((x) => x.doc.u);

test('ranks an older entry with the practice in its title above a newer body-only mention', async () => {
  const r = await client().search('无证明城市');
  assert.deepStrictEqual(urls(r), ['issues/2023/16/01-changsha.html', 'issues/2023/18/01-hengyang.html']);
  assert.strictEqual(r.kind, 'all');
});

test('ranks the subject\'s own entry above a newer one that only names the subject', async () => {
  const r = await client().search('株洲');
  assert.deepStrictEqual(urls(r), ['issues/2023/15/01-zhuzhou.html', 'issues/2023/18/02-beijing.html']);
});

test('puts the newer issue first when scores tie', async () => {
  const r = await client().search('容缺办');
  assert.deepStrictEqual(urls(r), ['issues/2023/17/05-yueyang.html', 'issues/2022/17/01-yueyang.html']);
});

test('requires every term to match', async () => {
  const r = await client().search('株洲经验 一件事');
  assert.strictEqual(r.kind, 'all');
  assert.deepStrictEqual(urls(r).sort(), ['issues/2023/15/01-zhuzhou.html', 'issues/2023/18/02-beijing.html']);
});

test('never returns an entry that has the bigrams of a phrase but not the phrase', async () => {
  const r = await client().search('营商环境');
  assert.deepStrictEqual(urls(r).sort(), ['issues/2023/14/02-changde.html', 'issues/2023/17/01-beijing.html']);
  assert.strictEqual(r.exact, true);
  assert.strictEqual(r.total, 2);
});

test('falls back to any-term matches labelled partial when nothing matches everything', async () => {
  const r = await client().search('容缺办 株洲');
  assert.strictEqual(r.kind, 'partial');
  assert.ok(urls(r).includes('issues/2023/15/01-zhuzhou.html'));
  assert.ok(urls(r).includes('issues/2023/17/05-yueyang.html'));
});

test('falls back to partial matches when verification rejects every candidate', async () => {
  const r = await client().search('态环经'); // 益阳 has 态环 (生态环境) and 环经 (商环经济), never 态环经
  assert.strictEqual(r.kind, 'partial');
  assert.deepStrictEqual(urls(r), ['issues/2023/14/01-yiyang.html']);
});

test('reports nothing when no term is in the index', async () => {
  const r = await client().search('火星探测');
  assert.strictEqual(r.kind, 'none');
  assert.strictEqual(r.results.length, 0);
});

test('matches numbers and decimal versions as words', async () => {
  assert.deepStrictEqual(urls(await client().search('6.0')), ['issues/2023/17/01-beijing.html']);
  assert.deepStrictEqual(urls(await client().search('0746')), ['issues/2023/17/01-beijing.html']);
  assert.deepStrictEqual(urls(await client().search('０７４６')), ['issues/2023/17/01-beijing.html']);
});

test('matches a year and its 年 only where they are written together, and counts them exactly', async () => {
  const r = await client().search('2023年');
  // not 2023—2025年 (a range) nor 12023年 (another number); 2023 年 with a space is the same words
  assert.deepStrictEqual(urls(r).sort(), ['issues/2023/11/01-xiangtan.html', 'issues/2023/11/02-shaoyang.html']);
  assert.strictEqual(r.kind, 'all');
  assert.strictEqual(r.exact, true);
  assert.strictEqual(r.total, 2);
  const shaoyang = r.results.find((x) => x.doc.u === 'issues/2023/11/02-shaoyang.html');
  assert.ok(shaoyang.snippet.some((p) => p.m && p.t === '2023 年'));
  assert.ok(!r.results[0].snippet.some((p) => p.m && p.t === '年'), 'no 年 marked on its own');
});

test('matches the end of a range as written and the terms of a spaced query anywhere', async () => {
  assert.deepStrictEqual(urls(await client().search('2025年')), ['issues/2023/11/03-loudi.html']);
  const spaced = await client().search('2023 年');
  assert.deepStrictEqual(urls(spaced).sort(), ['issues/2023/11/01-xiangtan.html', 'issues/2023/11/02-shaoyang.html',
    'issues/2023/11/03-loudi.html', 'issues/2023/11/04-huaihua.html']);
  assert.strictEqual(spaced.exact, true);
});

test('finds an entry by its subject name and by a single character', async () => {
  assert.deepStrictEqual(urls(await client().search('粤港澳')), ['issues/2023/13/02-dawanqu.html']);
  assert.deepStrictEqual(urls(await client().search('湾')), ['issues/2023/13/02-dawanqu.html']);
});

test('filters by subject and by year and lists the facets of the matches', async () => {
  const search = client();
  const all = await search.search('容缺办');
  assert.deepStrictEqual(all.years, ['2023', '2022']);
  assert.deepStrictEqual(all.subjects, [['yueyang', '岳阳']]);
  assert.deepStrictEqual(urls(await search.search('容缺办', { year: '2022' })), ['issues/2022/17/01-yueyang.html']);
  assert.deepStrictEqual(urls(await search.search('改革', { subject: 'zhuzhou' })), ['issues/2023/15/01-zhuzhou.html']);
});

test('filters by series and lists the series of the matches', async () => {
  const search = client();
  const all = await search.search('河长巡河');
  assert.deepStrictEqual(urls(all).sort(), ['issues/2023/12/01-hengyang.html', 'series/ducha/2023/12/01-hengyang.html']);
  assert.deepStrictEqual(all.series, [['ducha', '督查通报'], ['zhuanbao', '工作专报']]);
  assert.deepStrictEqual(urls(await search.search('河长巡河', { series: 'ducha' })), ['series/ducha/2023/12/01-hengyang.html']);
  assert.deepStrictEqual(urls(await search.search('河长巡河', { series: 'zhuanbao' })), ['issues/2023/12/01-hengyang.html']);
  const ducha = await search.search('河长巡河', { series: 'ducha' });
  assert.strictEqual(ducha.results[0].doc.r, 'ducha');
});

test('finds nothing in a series that has no match', async () => {
  const r = await client().search('容缺办', { series: 'ducha' });
  assert.strictEqual(r.results.length, 0);
  assert.deepStrictEqual(r.series, [['zhuanbao', '工作专报']]);
});

test('marks the matches in title and snippet as separate text parts', async () => {
  const r = await client().search('营商环境');
  const beijing = r.results.find((x) => x.doc.u === 'issues/2023/17/01-beijing.html');
  assert.deepStrictEqual(beijing.title, [{ t: '北京', m: false }, { t: '营商环境', m: true }, { t: ' 6.0 版', m: false }]);
  assert.ok(beijing.snippet.some((p) => p.m && p.t === '营商环境'));
});

test('keeps markup in content and queries as plain text parts', async () => {
  const r = await client().search('<script>alert(1)</script>');
  assert.deepStrictEqual(urls(r), ['issues/2023/13/01-chenzhou.html']);
  const text = r.results[0].snippet.map((p) => p.t).join('');
  assert.ok(text.includes('<script>alert(1)</script>'));
  assert.strictEqual(r.results[0].title.map((p) => p.t).join(''), '<b>标签</b>不是标记');
});

test('cuts a long text into a snippet around the best match', () => {
  const search = client();
  const text = '甲'.repeat(300) + '无证明城市' + '乙'.repeat(300);
  const parts = search.highlight(text, ['无证明城市'], true);
  assert.strictEqual(parts[0].t, '…');
  assert.strictEqual(parts[parts.length - 1].t, '…');
  assert.ok(parts.some((p) => p.m && p.t === '无证明城市'));
  assert.ok(parts.map((p) => p.t).join('').length < 100);
});

test('highlights full-width text that matches a normalised query', () => {
  const parts = client().highlight('电话０７４６号', ['0746'], false);
  assert.deepStrictEqual(parts, [{ t: '电话', m: false }, { t: '０７４６', m: true }, { t: '号', m: false }]);
});

test('answers an empty query with nothing', async () => {
  const r = await client().search('  ，。 ');
  assert.strictEqual(r.kind, 'none');
});

test('finds the same results, snippets, counts and filters when every few documents make a group of their own', async () => {
  const { FIXTURE_INDEX } = require('./client');
  const small = client(FIXTURE_INDEX + '-small-groups'), whole = client();
  const queries = [['无证明城市'], ['株洲'], ['容缺办'], ['营商环境'], ['容缺办 株洲'], ['态环经'], ['2023年'], ['2023 年'], ['湾'],
    ['河长巡河', { series: 'ducha' }], ['容缺办', { year: '2022' }], ['改革', { subject: 'zhuzhou' }], ['<script>alert(1)</script>'], ['火星探测']];
  for (const [q, opts] of queries) {
    const a = await small.search(q, opts), b = await whole.search(q, opts);
    assert.ok(a.results.length > 0 || q === '火星探测', q);
    assert.deepStrictEqual(a, b, q);
  }
});
