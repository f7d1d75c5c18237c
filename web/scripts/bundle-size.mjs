// Prints the gzipped size of each page's own files: index.html (the console) and graphiql.html,
// each with every script, stylesheet and chunk it loads, followed from import to import.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../target/console/', import.meta.url).pathname;

function references(file, text) {
  const found = file.endsWith('.html')
    ? [...text.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((match) => match[1])
    : [...text.matchAll(/["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g)].map((match) => join(dirname(file), match[1]));
  return found.map((name) => normalize(name));
}

function pageFiles(page) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (/\.(html|js)$/.test(file)) references(file, readFileSync(join(root, file), 'utf8')).forEach(visit);
  };
  visit(page);
  return [...seen];
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const page of ['index.html', 'graphiql.html']) {
  const files = pageFiles(page);
  let raw = 0;
  let gzipped = 0;
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`${page}: ${files.length} files, ${kb(raw)}, ${kb(gzipped)} gzipped`);
}
