/**
 * Makes a Chromium-tagged PDF reproducible. Chromium names table-header structure elements after DOM node ids
 * (`/ID (node00001481)`), which change from run to run. They are renumbered in object order, and the `/Headers`
 * references that point to them are renamed the same way.
 */
import { PDFArray, PDFDict, PDFHexString, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const NODE_ID = /^node\d+$/;

export function normalizeStructureIds(doc: PDFDocument): number {
  const mapping = new Map<string, string>();
  const rename = (value: string) => {
    if (!mapping.has(value)) mapping.set(value, `n${String(mapping.size + 1).padStart(6, '0')}`);
    return mapping.get(value)!;
  };
  const fix = (obj: PDFObject | undefined, replace: (o: PDFObject) => void, depth = 0): void => {
    if (!obj || depth > 8) return;
    if (obj instanceof PDFString || obj instanceof PDFHexString) {
      const text = obj.decodeText();
      if (NODE_ID.test(text)) replace(PDFString.of(rename(text)));
    } else if (obj instanceof PDFDict) {
      for (const [key, value] of obj.entries()) fix(value, (o) => obj.set(key, o), depth + 1);
    } else if (obj instanceof PDFArray) {
      for (let i = 0; i < obj.size(); i++) fix(obj.get(i), (o) => obj.set(i, o), depth + 1);
    }
  };
  const objects = doc.context.enumerateIndirectObjects().sort(([a], [b]) => a.objectNumber - b.objectNumber);
  for (const [, obj] of objects) fix(obj, () => {});
  return mapping.size;
}
