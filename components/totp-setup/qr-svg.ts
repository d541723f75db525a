import { html, type TemplateResult } from 'lit';
import { generate } from 'lean-qr/nano';

/** The quiet zone around the code, in modules (ISO/IEC 18004 asks for 4). */
const QUIET = 4;

/**
 * The dark modules of a QR matrix as one SVG path: each horizontal run of dark modules is one
 * rectangle, in module units, so the drawing is crisp at any size.
 */
export function qrPath(size: number, dark: (x: number, y: number) => boolean): string {
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!dark(x, y)) continue;
      const start = x;
      while (x + 1 < size && dark(x + 1, y)) x++;
      const run = x - start + 1;
      d += `M${start} ${y}h${run}v1h-${run}z`;
    }
  }
  return d;
}

/** `otpauth://totp/ISSUER:LABEL?secret=…&issuer=ISSUER`, the key URI authenticator apps read. */
export function otpauthUri(issuer: string, label: string, secret: string): string {
  const name = `${encodeURIComponent(issuer)}:${encodeURIComponent(label)}`;
  return `otpauth://totp/${name}?secret=${encodeURIComponent(secret)}&issuer=${encodeURIComponent(issuer)}`;
}

/**
 * The QR code of `text` as an inline `<svg>` image: the modules in `currentColor` over the
 * background of the `cognito-qr` class (light by default, so any scanner reads it).
 */
export function qrSvg(text: string, label: string): TemplateResult {
  const code = generate(text);
  const box = code.size + QUIET * 2;
  return html`<svg class="cognito-qr" part="qr" role="img" aria-label=${label} viewBox="${-QUIET} ${-QUIET} ${box} ${box}"
    xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
    <path fill="currentColor" d=${qrPath(code.size, (x, y) => code.get(x, y))} />
  </svg>`;
}
