// Writes the licence notices of the third-party packages a build includes (their name, version,
// licence and LICENSE file), as one Markdown file next to the output: the package ships
// vis-timeline and its helpers inside dist/, and their licences ask for their notices to go along.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of the package that holds `id` (the last node_modules/<name> or node_modules/@scope/<name> in it). */
function packageRoot(id) {
  const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
  return match?.[1];
}

/** @param {{ fileName: string }} options where to write the notices, relative to the output folder */
export function thirdPartyNotices({ fileName }) {
  return {
    name: 'third-party-notices',
    generateBundle() {
      const roots = new Set();
      for (const id of this.getModuleIds()) {
        const root = packageRoot(id.replace(/^\0/, '').replace(/\?[^\\/]*$/, ''));
        if (root && this.getModuleInfo(id)?.isIncluded !== false) roots.add(root);
      }
      const sections = [...roots].sort().map((root) => {
        const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        const licenseFile = readdirSync(root).find((name) => /^(licen[cs]e|copying)/i.test(name));
        const text = licenseFile && existsSync(join(root, licenseFile)) ? readFileSync(join(root, licenseFile), 'utf8').trim() : `Licence: ${pkg.license}`;
        return `## ${pkg.name} ${pkg.version} (${pkg.license})\n\n\`\`\`\n${text}\n\`\`\``;
      });
      const source = `# Third-party notices\n\nThe files beside this one include code from these packages, under their licences.\n\n${sections.join('\n\n')}\n`;
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
