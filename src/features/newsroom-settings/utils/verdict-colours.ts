// Whether a verdict's colour can carry its meaning for readers. A verdict colour is drawn as
// text on white (the badge), as the background of white text (the public page's label) and as
// the underline of the words it rates, on a tint of itself: so it needs 4.5:1 against white
// (WCAG 2.2, 1.4.3) and 3:1 against its own highlight (1.4.11, non-text contrast). Two
// verdicts whose colours a reader cannot tell apart are flagged with CIEDE2000, the CIE's
// colour difference formula, at a difference of under 10 (clearly distinguishable at a glance
// is about 10 and more). Pure: hex strings in, numbers and names out.

export const minimumTextContrast = 4.5;
export const minimumUnderlineContrast = 3;
export const minimumColourDifference = 10;
// The share of the verdict colour in a highlight's background (public-page.css color-mix).
export const highlightTint = 0.16;

type Rgb = readonly [number, number, number];

const hexColour = /^#[0-9a-f]{6}$/;

export function isHexColour(value: string): boolean {
  return hexColour.test(value);
}

function rgbOf(hex: string): Rgb {
  return [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as unknown as Rgb;
}

function linear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrastOf(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

const white: Rgb = [255, 255, 255];

// color-mix(in srgb, colour share%, white): a per-channel blend of the encoded values.
function tintOnWhite(colour: Rgb, share: number): Rgb {
  return colour.map((channel, index) => channel * share + white[index]! * (1 - share)) as unknown as Rgb;
}

export interface ColourContrast {
  onWhite: number;
  onHighlight: number;
}

export function colourContrast(hex: string): ColourContrast {
  const colour = rgbOf(hex);
  return { onWhite: contrastOf(colour, white), onHighlight: contrastOf(colour, tintOnWhite(colour, highlightTint)) };
}

function lab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(linear) as unknown as Rgb;
  // sRGB to XYZ (D65), relative to the white point.
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const degrees = (radians: number) => (radians * 180) / Math.PI;
const radians = (degreesValue: number) => (degreesValue * Math.PI) / 180;

function hueAngle(b: number, a: number): number {
  if (a === 0 && b === 0) return 0;
  const angle = degrees(Math.atan2(b, a));
  return angle < 0 ? angle + 360 : angle;
}

/** CIEDE2000 difference of two #rrggbb colours (Sharma, Wu and Dalal's formulation). */
export function colourDifference(hexA: string, hexB: string): number {
  const [l1, a1, b1] = lab(rgbOf(hexA));
  const [l2, a2, b2] = lab(rgbOf(hexB));
  const meanChroma = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(meanChroma ** 7 / (meanChroma ** 7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const h1p = hueAngle(b1, a1p);
  const h2p = hueAngle(b2, a2p);
  const deltaL = l2 - l1;
  const deltaC = c2p - c1p;
  let deltaHue = 0;
  if (c1p * c2p !== 0) {
    deltaHue = h2p - h1p;
    if (deltaHue > 180) deltaHue -= 360;
    else if (deltaHue < -180) deltaHue += 360;
  }
  const deltaH = 2 * Math.sqrt(c1p * c2p) * Math.sin(radians(deltaHue / 2));
  const meanL = (l1 + l2) / 2;
  const meanCp = (c1p + c2p) / 2;
  let meanH = h1p + h2p;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) meanH /= 2;
    else meanH = h1p + h2p < 360 ? (meanH + 360) / 2 : (meanH - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos(radians(meanH - 30)) +
    0.24 * Math.cos(radians(2 * meanH)) +
    0.32 * Math.cos(radians(3 * meanH + 6)) -
    0.2 * Math.cos(radians(4 * meanH - 63));
  const sl = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const sc = 1 + 0.045 * meanCp;
  const sh = 1 + 0.015 * meanCp * t;
  const rotation = 30 * Math.exp(-(((meanH - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(meanCp ** 7 / (meanCp ** 7 + 25 ** 7));
  const rt = -rc * Math.sin(radians(2 * rotation));
  return Math.sqrt(
    (deltaL / sl) ** 2 + (deltaC / sc) ** 2 + (deltaH / sh) ** 2 + rt * (deltaC / sc) * (deltaH / sh),
  );
}

/** The labels of the verdicts whose colour a reader could mistake for this one. */
export function lookalikeVerdicts(hex: string, others: readonly { label: string; color: string }[]): string[] {
  return others.filter((other) => isHexColour(other.color) && colourDifference(hex, other.color) < minimumColourDifference).map((other) => other.label);
}
