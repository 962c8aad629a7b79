/**
 * Chromium stamps a PDF with the time it printed it (/CreationDate, /ModDate).
 * The booklet carries its edition's date instead, written over the stamp in
 * place (same length, so the cross-reference offsets stay valid): two runs on
 * the same commit then give the same bytes.
 */
export function pinPdfDates(pdf: Uint8Array, date: string): Uint8Array {
  const stamp = `${date.replaceAll("-", "")}000000`;
  const text = Buffer.from(pdf).toString("latin1");
  const pinned = text.replace(
    /\/(CreationDate|ModDate) \(D:\d{14}/g,
    (_, key: string) => `/${key} (D:${stamp}`,
  );
  return Buffer.from(pinned, "latin1");
}
