/**
 * @internal Converts UTF-8 byte offsets (what rregex reports) into UTF-16 offsets (what JavaScript
 * strings and Ananke's violations use) for one text. ASCII text needs no work; otherwise a cursor
 * walks forward, so offsets asked for in increasing order (a scan) cost O(text) in total. A lone
 * surrogate counts 3 bytes, as `TextEncoder` writes it (U+FFFD).
 */
export function utf16Offsets(text: string): (byteOffset: number) => number {
  if (!/[^\0-\x7f]/.test(text)) return (b) => b;
  let unit = 0;
  let byte = 0;
  return (target) => {
    if (target < byte) {
      unit = 0;
      byte = 0;
    }
    while (byte < target && unit < text.length) {
      const c = text.charCodeAt(unit);
      if (c < 0x80) byte += 1;
      else if (c < 0x800) byte += 2;
      else if (c >= 0xd800 && c <= 0xdbff && unit + 1 < text.length && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00) {
        byte += 4;
        unit++;
      } else byte += 3;
      unit++;
    }
    return unit;
  };
}
