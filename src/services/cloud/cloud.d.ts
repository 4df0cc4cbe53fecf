// Resolved per platform at build time: cloud.weapp.ts or cloud.h5.ts.
import type { CloudTransport } from './transport';

export declare const transport: CloudTransport;
export declare function initCloud(): void;
