/** QR codes made at build time: an SVG string for the page, so no script runs in the reader's browser. */
import QRCode from 'qrcode';

/** The site's address in one language, the address a printed QR code opens. */
export function siteAddress(siteUrl: string, locale: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/${locale}/`;
}

/**
 * An SVG QR code for a web address. Error correction M survives a smudge or a fold; a quiet zone of
 * two modules is enough with the white paper around it.
 */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
