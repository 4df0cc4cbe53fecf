/** What every platform transport offers: the only way the client reaches the cloud. */
export interface CloudTransport {
  /** Resolves with the function's raw result; rejects on any transport failure. */
  callFunction(name: string, data: Record<string, unknown>): Promise<unknown>;
  uploadFile(cloudPath: string, filePath: string): Promise<string>;
  getTempFileURL(fileIds: string[]): Promise<Record<string, string>>;
  /** Puts a file of the cloud in the user's hands under `fileName`: opened to read or forward, or saved. */
  openFile(url: string, fileName: string): Promise<void>;
}
