// Loads assets/js/search.js outside a browser and serves it an index directory as the browser would.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../../..');
const CLIENT = path.join(ROOT, 'assets/js/search.js');
const FIXTURE_INDEX = path.join(ROOT, 'src/test/resources/search/fixture-index');

/** A fresh BulletinSearch reading the index in indexDir (default: the golden fixture index). */
function client(indexDir) {
  const dir = indexDir || FIXTURE_INDEX;
  const window = {};
  new Function('window', fs.readFileSync(CLIENT, 'utf8'))(window);
  const api = window.BulletinSearch;
  const run = (file) => new Function('BulletinSearch', fs.readFileSync(path.join(dir, file), 'utf8'))(api);
  api.setLoader((file, fail) => {
    if (!fs.existsSync(path.join(dir, file))) { fail(); return; }
    run(file);
  });
  run('index.js');
  return api;
}

module.exports = { client, ROOT, CLIENT, FIXTURE_INDEX };
