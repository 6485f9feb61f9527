/** A QR code as inline SVG (the `qrcode` library), so the poster takes a reader to the website. */
import QRCode from 'qrcode';

/** Square SVG with dark modules on white and the standard four-module quiet zone; error correction M. */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
