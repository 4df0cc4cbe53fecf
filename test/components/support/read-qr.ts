import jsQR from 'jsqr';
// omggif ships no types; its decoder is used here only, for the four members below.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GifReader } = require('omggif') as {
  GifReader: new (bytes: Uint8Array) => { width: number; height: number; decodeAndBlitFrameRGBA: (frame: number, pixels: Uint8Array) => void };
};

/** What a QR code drawn as a `data:image/gif;base64,…` URL says, read as a phone camera would; null if unreadable. */
export function readGifQr(dataUrl: string): string | null {
  const prefix = 'data:image/gif;base64,';
  if (!dataUrl.startsWith(prefix)) return null;
  const reader = new GifReader(new Uint8Array(Buffer.from(dataUrl.slice(prefix.length), 'base64')));
  const pixels = new Uint8Array(reader.width * reader.height * 4);
  reader.decodeAndBlitFrameRGBA(0, pixels);
  return jsQR(new Uint8ClampedArray(pixels.buffer), reader.width, reader.height)?.data ?? null;
}
