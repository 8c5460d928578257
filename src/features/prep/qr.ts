// Loaded lazily by the 緊急カード: the QR encoder stays out of every other page's JS.
import { correction, generate } from 'lean-qr';

/** The dark modules of a QR code of `text` as one SVG path (1 unit per module), and its size. */
export function qrPath(text: string): { size: number; d: string } {
  const code = generate(text, { minCorrectionLevel: correction.M });
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  }
  return { size: code.size, d };
}
