import type { CloudTransport } from './transport';
import { currentOpenid } from './identity';

const BRIDGE = '/__cloud';

async function post<T>(path: string, body: unknown, withIdentity: boolean): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (withIdentity) headers['x-wx-openid'] = currentOpenid();
  const res = await fetch(`${BRIDGE}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`bridge ${path} answered ${res.status}`);
  return (await res.json()) as T;
}

function readBlobAsBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** The local cloud's dev bridge, same-origin (dev server proxy or the local cloud serving dist/h5). */
export const transport: CloudTransport = {
  async callFunction(name, data) {
    const reply = await post<{ result: unknown }>('/callFunction', { name, data }, true);
    return reply.result;
  },
  async uploadFile(cloudPath, filePath) {
    const blob = await (await fetch(filePath)).blob();
    const contentBase64 = await readBlobAsBase64(blob);
    const reply = await post<{ fileID: string }>('/uploadFile', { cloudPath, contentBase64 }, true);
    return reply.fileID;
  },
  async getTempFileURL(fileIds) {
    const reply = await post<{ fileList: { fileID: string; tempFileURL: string }[] }>(
      '/getTempFileURL',
      { fileList: fileIds },
      true,
    );
    const urls: Record<string, string> = {};
    for (const file of reply.fileList) urls[file.fileID] = file.tempFileURL;
    return urls;
  },
  async openFile(url, fileName) {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`download answered ${res.status}`);
    const href = URL.createObjectURL(await res.blob());
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  },
};

export function initCloud(): void {}
