/** A small multipart/form-data parser for the SDK's openapi requests. */

export interface Part {
  data: Buffer;
  contentType?: string;
  filename?: string;
}

export function boundaryOf(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2]).trim() : undefined;
}

export function parseMultipart(body: Buffer, boundary: string): Map<string, Part> {
  const parts = new Map<string, Part>();
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    const start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const section = body.subarray(start + 2, next - 2); // skip CRLF after boundary and before the next one
    const headerEnd = section.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = section.subarray(0, headerEnd).toString('utf8');
      const data = section.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      if (name !== undefined) {
        parts.set(name, {
          data,
          contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1],
          filename: /filename="([^"]*)"/i.exec(headers)?.[1],
        });
      }
    }
    pos = next;
  }
  return parts;
}
