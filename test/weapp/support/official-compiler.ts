/**
 * The official WeChat toolchain (miniprogram-ci: the compiler and the code-quality check of WeChat DevTools)
 * run offline on the built mini-program. `ci.Project` asks WeChat's servers for the AppID's attributes,
 * signed with the upload key; this project answers with the toolchain's own defaults instead, so nothing is
 * signed, nothing leaves the machine but the toolchain's request for its public file-extension allow-list
 * (which falls back to a built-in list offline), and nothing is ever uploaded (no upload or preview call).
 */
import { join } from 'node:path';
import * as ci from 'miniprogram-ci';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * `ci.Project` refuses to be built without a key, though compiling never signs anything: this placeholder
 * is no key at all, and no call made here reads it.
 */
const NO_KEY = 'offline-compile-only: not a key';

class OfflineProject extends ci.Project {
  override async attr(): Promise<typeof ci.DefaultProjectAttr> {
    return ci.DefaultProjectAttr;
  }
}

export function offlineProject(projectPath = ROOT): ci.Project {
  // The appid comes from project.config.json (WeChat's tourist id: no account behind it).
  return new OfflineProject({ projectPath, type: 'miniProgram', appid: '', privateKey: NO_KEY });
}

/** Compiles as an upload would (project.config.json's settings): the compiled files, or a thrown compile error. */
export async function compileOffline(project: ci.Project): Promise<Record<string, string | Buffer>> {
  // `version` belongs to the upload options the compile shares; compiling does not read it.
  return ci.getCompiledResult({
    project,
    version: '0.0.0',
    setting: { useProjectConfig: true },
    onProgressUpdate: () => undefined,
  });
}

export interface QualityItem {
  name: string;
  success: boolean;
  text: string;
  detail?: unknown;
}

export async function codeQuality(project: ci.Project): Promise<QualityItem[]> {
  const items = await ci.checkCodeQuality(project);
  return items.map(({ name, success, text, detail }) => ({ name: String(name), success: success === true, text: String(text), detail }));
}
