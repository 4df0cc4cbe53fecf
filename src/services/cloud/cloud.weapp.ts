import Taro from '@tarojs/taro';
import type { CloudTransport } from './transport';

let initialised = false;

function ensureInit(): void {
  if (initialised) return;
  Taro.cloud.init(__CLOUD_ENV__ ? { env: __CLOUD_ENV__, traceUser: true } : { traceUser: true });
  initialised = true;
}

/** WeChat CloudBase: identity comes from the WeChat session, nothing to add here. */
export const transport: CloudTransport = {
  async callFunction(name, data) {
    ensureInit();
    const res = await Taro.cloud.callFunction({ name, data });
    return res.result;
  },
  async uploadFile(cloudPath, filePath) {
    ensureInit();
    const res = await Taro.cloud.uploadFile({ cloudPath, filePath });
    return res.fileID;
  },
  async getTempFileURL(fileIds) {
    ensureInit();
    const res = await Taro.cloud.getTempFileURL({ fileList: fileIds });
    const urls: Record<string, string> = {};
    for (const file of res.fileList) urls[file.fileID] = file.tempFileURL;
    return urls;
  },
  async openFile(url, fileName) {
    const downloaded = await Taro.downloadFile({ url });
    if (downloaded.statusCode !== 200) throw new Error(`download answered ${downloaded.statusCode}`);
    // The phone's document viewer, whose menu forwards the file to a chat or saves it.
    await Taro.openDocument({ filePath: downloaded.tempFilePath, fileType: fileName.split('.').pop() as 'xlsx', showMenu: true });
  },
};

export function initCloud(): void {
  ensureInit();
}
