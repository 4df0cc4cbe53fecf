/**
 * Finds function bundles (`<functionsDir>/<name>/index.js`), reads their `config.json` (what CloudBase
 * reads on upload: openapi permissions, timer triggers) and the deploy settings in
 * `<functionsDir>/function-settings.json` (timeout, memory: what the console / `tcb fn config` sets).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

export interface TimerTrigger {
  name: string;
  config: string;
}

export interface FunctionConfig {
  triggers: TimerTrigger[];
  env: Record<string, string>;
  /** `permissions.openapi`: the 云调用 APIs the function may call. */
  openapi: readonly string[];
}

/** One function's deploy settings. CloudBase's defaults: 3 s, 256 MB. */
export interface FunctionSettings {
  timeoutSeconds: number;
  memoryMB: number;
  /** Whether the settings file sets this function's timeout. */
  configured: boolean;
}

export const SETTINGS_FILE = 'function-settings.json';
export const DEFAULT_SETTINGS = { timeoutSeconds: 3, memoryMB: 256 } as const;
/** CloudBase's range for a function timeout (console / `tcb fn config`). */
export const MAX_TIMEOUT_SECONDS = 900;

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export function functionFile(functionsDir: string, name: string): string | undefined {
  if (!NAME.test(name)) return undefined;
  const file = path.join(functionsDir, name, 'index.js');
  return existsSync(file) ? file : undefined;
}

export function listFunctions(functionsDir: string): string[] {
  if (!existsSync(functionsDir)) return [];
  return readdirSync(functionsDir).filter((name) => functionFile(functionsDir, name) !== undefined);
}

export function modifiedAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function readJsonRecord(file: string): Record<string, unknown> {
  try {
    return asRecord(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  } catch {
    return {};
  }
}

/**
 * Reads config.json; a missing or malformed file means "no triggers, no permissions". A `timeout`
 * there is ignored, as CloudBase ignores it.
 */
export function readFunctionConfig(functionsDir: string, name: string): FunctionConfig {
  const raw = readJsonRecord(path.join(functionsDir, name, 'config.json'));
  const triggers = (Array.isArray(raw.triggers) ? raw.triggers : [])
    .map(asRecord)
    .filter((t) => t.type === 'timer' && typeof t.name === 'string' && typeof t.config === 'string')
    .map((t) => ({ name: String(t.name), config: String(t.config) }));
  const env: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, value] of Object.entries(asRecord(raw.envVariables))) env[key] = String(value);
  const permissions = asRecord(raw.permissions);
  const openapi = (Array.isArray(permissions.openapi) ? permissions.openapi : []).filter((api): api is string => typeof api === 'string');
  return { triggers, env, openapi };
}

function validTimeout(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_TIMEOUT_SECONDS;
}

/** A function's deploy settings from `function-settings.json`; CloudBase's defaults for what it leaves out. */
export function readFunctionSettings(functionsDir: string, name: string): FunctionSettings {
  const all = readJsonRecord(path.join(functionsDir, SETTINGS_FILE));
  const own = Object.prototype.hasOwnProperty.call(all, name) ? asRecord(all[name]) : {};
  const configured = validTimeout(own.timeoutSeconds);
  return {
    configured,
    timeoutSeconds: validTimeout(own.timeoutSeconds) ? own.timeoutSeconds : DEFAULT_SETTINGS.timeoutSeconds,
    memoryMB: typeof own.memoryMB === 'number' && own.memoryMB > 0 ? own.memoryMB : DEFAULT_SETTINGS.memoryMB,
  };
}
