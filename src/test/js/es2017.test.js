'use strict';
// The client must run in old mobile browsers (WeChat Android reports Chrome 78): ES2017 at most,
// and only classic scripts (file:// blocks fetch, modules, WebAssembly and workers).
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const { CLIENT } = require('./client');

const source = fs.readFileSync(CLIENT, 'utf8');
const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

test('parses as a classic script', () => {
  assert.doesNotThrow(() => new Function(source));
});

test('uses no syntax or API newer than ES2017', () => {
  const banned = {
    'optional chaining': /\?\.[^0-9]/, 'nullish coalescing': /\?\?/, 'object spread or rest': /\{\s*\.\.\./,
    'Intl.Segmenter': /Intl\.Segmenter/, 'unicode property escapes': /\\p\{/, 'class': /\bclass\s+\w/,
    'Promise.finally': /\.finally\(/, 'Array.flat': /\.flat(Map)?\(/, 'Object.fromEntries': /fromEntries/,
    'matchAll': /matchAll/, 'replaceAll': /replaceAll/, 'lookbehind': /\(\?<[=!]/, 'named groups': /\(\?<\w/,
    'async iteration': /for\s+await/, 'globalThis': /globalThis/, 'BigInt': /\d+n\b|BigInt/
  };
  for (const [name, pattern] of Object.entries(banned)) assert.ok(!pattern.test(code), name + ' found in search.js');
});

test('loads nothing but classic scripts and writes no HTML', () => {
  for (const word of ['fetch(', 'XMLHttpRequest', 'import(', 'Worker(', 'WebAssembly', 'innerHTML', 'outerHTML',
    'insertAdjacentHTML', 'document.write', 'eval(']) {
    assert.ok(!code.includes(word), word + ' found in search.js');
  }
});

test('stays small, since every first query loads it', () => {
  // the aim is 12 KB; it counts in every first query's 150 KB budget, so it must not grow unnoticed
  // (17 KB until the series filter, which took it to 17.6 KB; phrases across digits and Han, 2023年, to 19.1 KB;
  // documents in groups with packed texts, which cut the index from 13,000 files to 1,200, to 20.7 KB)
  assert.ok(Buffer.byteLength(source) <= 21 * 1024, 'search.js is ' + Buffer.byteLength(source) + ' bytes');
});
