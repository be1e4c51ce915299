// Measures the production bundle: builds the app with the project's Vite config into a temporary
// directory and follows Vite's manifest to add up the gzipped JavaScript a page loads: the entry
// chunk, its static imports and the lazy chunks it goes on to load (the app shell is itself
// imported lazily by src/main.tsx), except the lazy parts of other pages: both skip the pages
// the router loads on first visit (src/app/routes/*) but the article page keeps its own route,
// and the articles list also skips the annotating workspace.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';
import { repoRoot } from '../stack/config.ts';

export interface BundleFigures {
  listKb: number;
  articleKb: number;
  totalKb: number;
  // The heaviest chunks of each page, "file (KB)", to show where a budget goes.
  listHeaviest: string[];
  articleHeaviest: string[];
}

const lazyPageParts = {
  articleWorkspace: /features\/claims\/components\/workspace\//,
  otherPages: /src\/app\/routes\//,
  pagesOtherThanTheArticle: /src\/app\/routes\/(?!article\.tsx$)/,
};

function closure(manifest: Manifest, roots: string[], skipped: RegExp[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) return;
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
    for (const imported of chunk.dynamicImports ?? []) {
      if (!skipped.some((pattern) => pattern.test(imported))) visit(imported);
    }
  };
  roots.forEach(visit);
  return seen;
}

export async function measureBundle(): Promise<BundleFigures> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'factmark-bench-build-'));
  try {
    await build({
      configFile: path.join(repoRoot, 'vite.config.ts'),
      root: repoRoot,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: 'manifest.json', reportCompressedSize: false },
    });
    const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as Manifest;
    const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
    const chunkKb = new Map<string, number>();
    for (const { file } of Object.values(manifest)) {
      if (file.endsWith('.js')) chunkKb.set(file, gzipSync(await readFile(path.join(outDir, file))).length / 1024);
    }
    const filesOf = (keys: Set<string>) => new Set([...keys].map((key) => manifest[key]!.file).filter((file) => chunkKb.has(file)));
    const gzipKb = (keys: Set<string>) => [...filesOf(keys)].reduce((sum, file) => sum + chunkKb.get(file)!, 0);
    const heaviest = (keys: Set<string>) =>
      [...filesOf(keys)]
        .sort((a, b) => chunkKb.get(b)! - chunkKb.get(a)!)
        .slice(0, 3)
        .map((file) => `${path.basename(file)} (${chunkKb.get(file)!.toFixed(0)} KB)`);
    const list = closure(manifest, entries, [lazyPageParts.articleWorkspace, lazyPageParts.otherPages]);
    const article = closure(manifest, entries, [lazyPageParts.pagesOtherThanTheArticle]);
    return {
      listKb: gzipKb(list),
      articleKb: gzipKb(article),
      totalKb: gzipKb(new Set(Object.keys(manifest))),
      listHeaviest: heaviest(list),
      articleHeaviest: heaviest(article),
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
