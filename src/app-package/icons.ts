import { PNG } from 'pngjs';

/**
 * RAKE's icons, drawn in code so they can be redrawn (`npm run package:icons`): a speech
 * bubble with an R cut into it. Teams wants a 192×192 full-colour icon whose symbol keeps
 * 36 px of padding, and a 32×32 outline icon that is white on transparent.
 */
export const ACCENT = { r: 0x0f, g: 0x6a, b: 0x73 } as const; // #0F6A73, the manifest's accentColor
export const COLOR_SIZE = 192;
export const OUTLINE_SIZE = 32;

type Shape = (x: number, y: number) => boolean;

const within = (v: number, lo: number, hi: number) => v >= lo && v <= hi;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (!within(x, x0, x1) || !within(y, y0, y1)) return false;
    const dx = x < x0 + r ? x0 + r - x : x > x1 - r ? x - (x1 - r) : 0;
    const dy = y < y0 + r ? y0 + r - y : y > y1 - r ? y - (y1 - r) : 0;
    return dx * dx + dy * dy <= r * r;
  };
}

function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number) =>
    (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
}

function segment(ax: number, ay: number, bx: number, by: number, halfWidth: number): Shape {
  return (x, y) => {
    const vx = bx - ax;
    const vy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
    const dx = x - (ax + t * vx);
    const dy = y - (ay + t * vy);
    return dx * dx + dy * dy <= halfWidth * halfWidth;
  };
}

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

/** The bubble, in a unit box. */
const bubble: Shape = union(
  roundedRect(0, 0, 1, 0.78, 0.16),
  triangle(0.18, 0.7, 0.44, 0.7, 0.12, 1),
);

/** The R, in the same unit box, inside the bubble. */
const letterR: Shape = (() => {
  const x0 = 0.34;
  const y0 = 0.13;
  const h = 0.52;
  const w = 0.34;
  const s = 0.1;
  const bowlH = 0.3;
  const r = bowlH / 2;
  const xc = x0 + w - r;
  const cy = y0 + r;
  const arc: Shape = (x, y) => {
    if (x < xc) return false;
    const d = Math.hypot(x - xc, y - cy);
    return d <= r && d >= r - s;
  };
  return union(
    (x, y) => within(x, x0, x0 + s) && within(y, y0, y0 + h),
    (x, y) => within(x, x0, xc) && within(y, y0, y0 + s),
    (x, y) => within(x, x0, xc) && within(y, y0 + bowlH - s, y0 + bowlH),
    arc,
    (x, y) => y <= y0 + h && segment(xc - 0.02, y0 + bowlH - s / 2, x0 + w, y0 + h, s / 2)(x, y),
  );
})();

const SUBSAMPLES = 4;

/** The share (0…1) of pixel (px, py) that `shape` covers, mapped into the padded box. */
function coverage(shape: Shape, px: number, py: number, size: number, pad: number): number {
  let hits = 0;
  for (let i = 0; i < SUBSAMPLES; i++) {
    for (let j = 0; j < SUBSAMPLES; j++) {
      const x = (px + (i + 0.5) / SUBSAMPLES - pad) / (size - 2 * pad);
      const y = (py + (j + 0.5) / SUBSAMPLES - pad) / (size - 2 * pad);
      if (shape(x, y)) hits++;
    }
  }
  return hits / (SUBSAMPLES * SUBSAMPLES);
}

function draw(
  size: number,
  pixel: (bubbleCover: number, letterCover: number) => [number, number, number, number],
  pad: number,
): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const [r, g, b, a] = pixel(
        coverage(bubble, px, py, size, pad),
        coverage(letterR, px, py, size, pad),
      );
      const at = (py * size + px) * 4;
      png.data[at] = r;
      png.data[at + 1] = g;
      png.data[at + 2] = b;
      png.data[at + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

const mix = (from: number, to: number, share: number) => Math.round(from + (to - from) * share);

/** 192×192: a white bubble on the accent colour, the R in the accent colour. */
export function drawColorIcon(): Buffer {
  return draw(
    COLOR_SIZE,
    (bubbleCover, letterCover) => {
      const white = bubbleCover * (1 - letterCover);
      return [mix(ACCENT.r, 255, white), mix(ACCENT.g, 255, white), mix(ACCENT.b, 255, white), 255];
    },
    36,
  );
}

/** 32×32: a white bubble with the R cut out, on transparent; every pixel is white. */
export function drawOutlineIcon(): Buffer {
  return draw(
    OUTLINE_SIZE,
    (bubbleCover, letterCover) => [
      255,
      255,
      255,
      Math.round(255 * bubbleCover * (1 - letterCover)),
    ],
    1,
  );
}

export type Bitmap = { readonly width: number; readonly height: number; readonly data: Buffer };

export function readPng(bytes: Buffer): Bitmap {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}
