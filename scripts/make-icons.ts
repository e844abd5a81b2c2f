// Draws the Teams app icons (a pilot's helm wheel: "Lotse" is a ship's pilot) and writes them as PNGs with
// node:zlib only. Run once after changing the design: `node scripts/make-icons.ts`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
type Shape = (x: number, y: number) => boolean;
type Layer = { shape: Shape; color: Rgb };

export const ACCENT: Rgb = [0x0b, 0x4f, 0x8c];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const YELLOW: Rgb = [0xf2, 0xc2, 0x00];
const SUPERSAMPLE = 4;

// Shapes live in a unit square centred on (0, 0), from -0.5 to 0.5 on both axes.
const circle = (r: number): Shape => (x, y) => x * x + y * y <= r * r;
const ring = (inner: number, outer: number): Shape => (x, y) => {
  const d2 = x * x + y * y;
  return d2 >= inner * inner && d2 <= outer * outer;
};
function capsule(angle: number, from: number, to: number, halfWidth: number): Shape {
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  return (x, y) => {
    const t = Math.min(to, Math.max(from, x * dx + y * dy));
    const [px, py] = [x - t * dx, y - t * dy];
    return px * px + py * py <= halfWidth * halfWidth;
  };
}
const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((shape) => shape(x, y));
const spokes = (count: number, make: (angle: number) => Shape): Shape[] =>
  Array.from({ length: count }, (_, i) => make(Math.PI / 8 + (i * 2 * Math.PI) / count));

type WheelSize = { ringIn: number; ringOut: number; spoke: number; handle: number; handleTo: number; hub: number };

function wheel(size: WheelSize): Shape {
  return union(
    ring(size.ringIn, size.ringOut),
    ...spokes(8, (a) => capsule(a, 0, size.ringOut, size.spoke)),
    ...spokes(8, (a) => capsule(a, size.ringOut, size.handleTo, size.handle)),
    circle(size.hub),
  );
}

function coverage(shape: Shape, px: number, py: number, size: number): number {
  let inside = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const x = (px + (sx + 0.5) / SUPERSAMPLE) / size - 0.5;
      const y = (py + (sy + 0.5) / SUPERSAMPLE) / size - 0.5;
      if (shape(x, y)) inside++;
    }
  }
  return inside / (SUPERSAMPLE * SUPERSAMPLE);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(size: number, channels: 3 | 4, pixels: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);
  const stride = size * channels;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let row = 0; row < size; row++) raw.set(pixels.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function renderOpaque(size: number, background: Rgb, layers: Layer[]): Buffer {
  const pixels = new Uint8Array(size * size * 3);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let color: number[] = [...background];
      for (const layer of layers) {
        const a = coverage(layer.shape, px, py, size);
        color = color.map((c, i) => c * (1 - a) + layer.color[i] * a);
      }
      pixels.set(color.map(Math.round), (py * size + px) * 3);
    }
  }
  return encodePng(size, 3, pixels);
}

// Teams wants the outline icon white on transparent: only alpha carries the shape.
function renderOutline(size: number, shape: Shape): Buffer {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      pixels.set([255, 255, 255, Math.round(coverage(shape, px, py, size) * 255)], (py * size + px) * 4);
    }
  }
  return encodePng(size, 4, pixels);
}

export function colorIcon(): Buffer {
  const helm = wheel({ ringIn: 0.25, ringOut: 0.3, spoke: 0.022, handle: 0.034, handleTo: 0.4, hub: 0.085 });
  return renderOpaque(192, ACCENT, [{ shape: helm, color: WHITE }, { shape: circle(0.045), color: YELLOW }]);
}

export function outlineIcon(): Buffer {
  return renderOutline(32, wheel({ ringIn: 0.28, ringOut: 0.35, spoke: 0.032, handle: 0.052, handleTo: 0.45, hub: 0.1 }));
}

if (import.meta.main) {
  const dir = fileURLToPath(new URL('../appPackage/', import.meta.url));
  writeFileSync(`${dir}color.png`, colorIcon());
  writeFileSync(`${dir}outline.png`, outlineIcon());
  console.log(`wrote ${dir}color.png and ${dir}outline.png`);
}
