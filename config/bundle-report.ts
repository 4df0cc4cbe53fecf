import { writeFileSync } from 'node:fs';
import type { Compiler, StatsModule } from 'webpack';

interface ReportedModule {
  name: string;
  size: number;
}

/** A concatenated module stands for the modules it was built from; list those instead. */
function leaves(module: StatsModule): StatsModule[] {
  return module.modules?.length ? module.modules.flatMap(leaves) : [module];
}

/**
 * With BUNDLE_REPORT=<file> set, writes which modules each emitted file holds, with their sizes before
 * minification, so one can see what lands in the weapp main package (`BUNDLE_REPORT=… npm run build:weapp`).
 */
export class BundleReportPlugin {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.done.tap('BundleReportPlugin', (stats) => {
      const json = stats.toJson({
        all: false,
        ids: true,
        chunks: true,
        modules: true,
        nestedModules: true,
        modulesSpace: Number.MAX_SAFE_INTEGER,
        nestedModulesSpace: Number.MAX_SAFE_INTEGER,
        groupModulesByPath: false,
        groupModulesByType: false,
        groupModulesByExtension: false,
        groupModulesByAttributes: false,
        groupModulesByCacheStatus: false,
        groupModulesByLayer: false,
      });
      const filesOfChunk = new Map((json.chunks ?? []).map((chunk) => [String(chunk.id), (chunk.files ?? []).join(',')]));
      const byFile = new Map<string, ReportedModule[]>();
      for (const module of json.modules ?? []) {
        for (const chunkId of module.chunks ?? []) {
          const file = filesOfChunk.get(String(chunkId)) ?? String(chunkId);
          const list = byFile.get(file) ?? [];
          for (const leaf of leaves(module)) list.push({ name: leaf.name ?? String(leaf.identifier), size: leaf.size ?? 0 });
          byFile.set(file, list);
        }
      }
      const report = [...byFile].map(([file, modules]) => ({
        file,
        size: modules.reduce((sum, module) => sum + module.size, 0),
        modules: modules.sort((a, b) => b.size - a.size),
      }));
      writeFileSync(this.file, JSON.stringify(report, null, 1));
    });
  }
}
