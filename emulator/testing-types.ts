/**
 * The promise-returning shape of the wx-server-sdk APIs tests use. The SDK's own typings union every
 * result with `void | string` (callback overloads), which makes strict tests noisy; these describe
 * what the promise form actually resolves to.
 */
import type { WxServerSdk } from './testing';

type Json = Record<string, unknown>;
type Command = ReturnType<WxServerSdk['database']>['command'];
type Geo = ReturnType<WxServerSdk['database']>['Geo'];

export interface SdkQuery {
  where(query: object): SdkQuery;
  orderBy(field: string, order: 'asc' | 'desc'): SdkQuery;
  skip(offset: number): SdkQuery;
  limit(max: number): SdkQuery;
  field(projection: object): SdkQuery;
  get(): Promise<{ data: Json[]; errMsg: string }>;
  count(): Promise<{ total: number; errMsg: string }>;
  update(options: { data: object; multi?: boolean }): Promise<{ stats: { updated: number }; errMsg: string }>;
  remove(options?: { multi?: boolean }): Promise<{ stats: { removed: number }; errMsg: string }>;
}

export interface SdkDocument {
  field(projection: object): SdkDocument;
  get(): Promise<{ data: Json; errMsg: string }>;
  set(options: { data: object }): Promise<{ _id: string | number; stats: { updated: number; created: number }; errMsg: string }>;
  update(options: { data: object }): Promise<{ stats: { updated: number }; errMsg: string }>;
  remove(): Promise<{ stats: { removed: number }; errMsg: string }>;
}

export interface SdkAggregate {
  addFields(value: object): SdkAggregate;
  count(field: string): SdkAggregate;
  geoNear(value: object): SdkAggregate;
  group(value: object): SdkAggregate;
  limit(value: number): SdkAggregate;
  lookup(value: object): SdkAggregate;
  match(value: object): SdkAggregate;
  project(value: object): SdkAggregate;
  replaceRoot(value: object): SdkAggregate;
  skip(value: number): SdkAggregate;
  sort(value: object): SdkAggregate;
  sortByCount(value: unknown): SdkAggregate;
  unwind(value: unknown): SdkAggregate;
  end(): Promise<{ list: Json[]; errMsg: string }>;
}

export interface SdkCollection extends SdkQuery {
  doc(id: string | number): SdkDocument;
  add(options: { data: object | object[] }): Promise<{ _id: string; _ids?: string[]; errMsg: string }>;
  aggregate(): SdkAggregate;
}

export interface SdkTransaction {
  collection(name: string): SdkCollection;
  commit(): Promise<unknown>;
  rollback(reason?: unknown): Promise<unknown>;
}

export interface SdkDatabaseApi {
  command: Command;
  Geo: Geo;
  collection(name: string): SdkCollection;
  serverDate(options?: { offset: number }): unknown;
  RegExp(options: { regexp: string; options?: string }): unknown;
  runTransaction<T>(callback: (transaction: SdkTransaction) => Promise<T>, times?: number): Promise<T>;
  startTransaction(): Promise<SdkTransaction>;
  createCollection(name: string): Promise<{ errMsg: string }>;
}

export interface SdkFileResult {
  fileID: string;
  status: number;
  errMsg: string;
  tempFileURL?: string;
  maxAge?: number;
}

/** The cloud-level calls, in promise form. */
export interface SdkCloudApi {
  callFunction(options: { name: string; data?: object }): Promise<{ result: unknown; errMsg: string }>;
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string; errMsg: string }>;
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer; errMsg: string }>;
  getTempFileURL(options: { fileList: string[] }): Promise<{ fileList: Array<SdkFileResult & { tempFileURL: string }>; errMsg: string }>;
  deleteFile(options: { fileList: string[] }): Promise<{ fileList: SdkFileResult[]; errMsg: string }>;
  getWXContext(): Record<string, unknown>;
  openapi: WxServerSdk['openapi'];
}
