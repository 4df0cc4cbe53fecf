/**
 * The protobuf wire format, as much as the openapi envelope needs: varints and length-delimited
 * fields. Message layouts mirror the definitions compiled into wx-server-sdk:
 *   CommApiData { 1 apiType:int32, 2 openapiData:OpenApiData, 6 appid:string }
 *   OpenApiData { 1 pairs:repeated KeyValuePair }
 *   KeyValuePair { 1 key:string, 2 value:bytes, 3 contenttype:string, 4 filename:string }
 *   CommOpenApiResp { 1 respData:bytes, 2 contentType:string, 3 errorCode:int32, 4 httpCode:uint32 }
 */

interface Field {
  no: number;
  varint?: bigint;
  bytes?: Buffer;
}

function readVarint(buf: Buffer, start: number): { value: bigint; next: number } {
  let value = 0n;
  let shift = 0n;
  let pos = start;
  for (;;) {
    if (pos >= buf.length) throw new RangeError('truncated varint');
    const byte = buf[pos];
    pos += 1;
    value |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return { value, next: pos };
    shift += 7n;
    if (shift > 63n) throw new RangeError('varint too long');
  }
}

export function readFields(buf: Buffer): Field[] {
  const fields: Field[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const tag = readVarint(buf, pos);
    pos = tag.next;
    const no = Number(tag.value >> 3n);
    const wire = Number(tag.value & 7n);
    if (wire === 0) {
      const v = readVarint(buf, pos);
      pos = v.next;
      fields.push({ no, varint: v.value });
    } else if (wire === 2) {
      const len = readVarint(buf, pos);
      pos = len.next;
      const end = pos + Number(len.value);
      if (end > buf.length) throw new RangeError('truncated field');
      fields.push({ no, bytes: buf.subarray(pos, end) });
      pos = end;
    } else if (wire === 1) {
      pos += 8;
    } else if (wire === 5) {
      pos += 4;
    } else {
      throw new RangeError(`unsupported wire type ${wire}`);
    }
  }
  return fields;
}

function varint(value: bigint): Buffer {
  let v = BigInt.asUintN(64, value);
  const bytes: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    bytes.push(byte);
  } while (v > 0n);
  return Buffer.from(bytes);
}

function tag(no: number, wire: number): Buffer {
  return varint(BigInt((no << 3) | wire));
}

export function varintField(no: number, value: number): Buffer {
  return Buffer.concat([tag(no, 0), varint(BigInt(value))]);
}

export function bytesField(no: number, value: Buffer | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  return Buffer.concat([tag(no, 2), varint(BigInt(bytes.length)), bytes]);
}

export interface OpenApiRequest {
  appid: string;
  params: Record<string, unknown>;
}

/** Decodes a CommApiData message into its appid and JSON parameters. */
export function decodeOpenApiRequest(buf: Buffer): OpenApiRequest {
  const params: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  let appid = '';
  for (const field of readFields(buf)) {
    if (field.no === 6 && field.bytes) appid = field.bytes.toString('utf8');
    if (field.no !== 2 || !field.bytes) continue;
    for (const pair of readFields(field.bytes)) {
      if (pair.no !== 1 || !pair.bytes) continue;
      let key = '';
      let value: Buffer = Buffer.alloc(0);
      let contentType = '';
      for (const part of readFields(pair.bytes)) {
        if (part.no === 1 && part.bytes) key = part.bytes.toString('utf8');
        if (part.no === 2 && part.bytes) value = part.bytes;
        if (part.no === 3 && part.bytes) contentType = part.bytes.toString('utf8');
      }
      if (contentType) {
        params[key] = { contentType, value };
        continue;
      }
      try {
        params[key] = JSON.parse(value.toString('utf8')) as unknown;
      } catch {
        params[key] = value.toString('utf8');
      }
    }
  }
  return { appid, params };
}

/** Encodes a CommOpenApiResp carrying a JSON body. */
export function encodeOpenApiResponse(body: unknown, errorCode = 0): Buffer {
  return Buffer.concat([
    bytesField(1, JSON.stringify(body)),
    bytesField(2, 'application/json; charset=UTF-8'),
    varintField(3, errorCode),
    varintField(4, 200),
  ]);
}
