/** Finds function bundles (`<functionsDir>/<name>/index.js`) and reads their `config.json`. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

export interface TimerTrigger {
  name: string;
  config: string;
}

export interface FunctionConfig {
  timeoutSeconds?: number;
  triggers: TimerTrigger[];
  env: Record<string, string>;
}

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

/** Reads config.json; a missing or malformed file means "no triggers, defaults". */
export function readFunctionConfig(functionsDir: string, name: string): FunctionConfig {
  const file = path.join(functionsDir, name, 'config.json');
  let raw: Record<string, unknown> = {};
  try {
    raw = asRecord(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  } catch {
    raw = {};
  }
  const triggers = (Array.isArray(raw.triggers) ? raw.triggers : [])
    .map(asRecord)
    .filter((t) => t.type === 'timer' && typeof t.name === 'string' && typeof t.config === 'string')
    .map((t) => ({ name: String(t.name), config: String(t.config) }));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(asRecord(raw.envVariables))) env[key] = String(value);
  const timeout = typeof raw.timeout === 'number' && raw.timeout > 0 ? raw.timeout : undefined;
  return { timeoutSeconds: timeout, triggers, env };
}
