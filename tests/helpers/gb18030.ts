/**
 * Encodes text as GB18030/GBK, the way Windows Notepad and older WPS save
 * Chinese text, so tests can write such files. Node can decode GB18030 but
 * not encode it: the table is built once by decoding every two-byte code.
 */
let table: Map<string, [number, number]> | undefined;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder("gb18030");
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== "\uFFFD" && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

export function encodeGb18030(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = gbkTable().get(char);
    if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`);
    bytes.push(...pair);
  }
  return Buffer.from(bytes);
}
