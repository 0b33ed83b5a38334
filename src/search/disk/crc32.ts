// CRC-32 (the zip/PNG one) of index files and records, to tell a damaged index from a good
// one. node:zlib has crc32 from Node 20.15 / 22.2; `engines` allows any Node 20, so older
// ones get the same function from a table.
import zlib from 'node:zlib';

let table: Uint32Array | undefined;

function tableCrc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const native = (zlib as { crc32?: (data: Uint8Array | string) => number }).crc32;

/** CRC-32 of bytes, or of a string's UTF-8 bytes. */
export function crc32(data: Uint8Array | string): number {
  if (native) return native(data);
  return tableCrc32(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
}

/** The table version alone, so tests can hold it to the native one. */
export const crc32ForTest = tableCrc32;
