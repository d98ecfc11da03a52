'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { client, ROOT } = require('./client');

const vectors = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/test/resources/search/tokenizer-vectors.json'), 'utf8'));
const search = client();

for (const v of vectors) {
  test('agrees with the shared vector: ' + v.name, () => {
    assert.deepStrictEqual(search.indexTerms(v.input), v.index);
    assert.deepStrictEqual(search.queryTerms(v.input), v.query);
    // the runs the client checks in the stored text; the index (and so Java) has no part in them
    if (v.phrases) assert.deepStrictEqual(search.phrases(v.input), v.phrases);
  });
}

test('the shared vectors hold phrases across digits and Han', () => {
  const withPhrases = vectors.filter((v) => v.phrases).map((v) => v.input);
  assert.ok(withPhrases.includes('2023年') && withPhrases.includes('2023 年') && withPhrases.includes('（2023—2025年）'));
});

test('hashes terms to shards as ShardWriter.shard does', () => {
  // values computed by Java: Integer.toUnsignedString of FNV-1a over UTF-16 units
  assert.strictEqual(search.hash(''), 0x811c9dc5);
  assert.strictEqual(search.hash('a'), 0xe40c292c);
  assert.strictEqual(search.hash('𠀋') >>> 0, search.hash('\ud840\udc0b'));
});
