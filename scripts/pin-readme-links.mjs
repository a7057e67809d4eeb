#!/usr/bin/env node
/**
 * Points the README's links to shipped files (docs, screenshot) at this version's files on
 * jsDelivr. npm's package page cannot resolve relative links without a `repository` (and this
 * package has no public repository yet), so the README links its shipped files absolutely.
 * Runs as npm's `version` script: `npm version minor` re-pins them to the new version.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const readmeUrl = new URL('README.md', root);
const readme = readFileSync(readmeUrl, 'utf8');
const pinned = readme.replace(new RegExp(`https://cdn\\.jsdelivr\\.net/npm/${name}@[^/]+/`, 'g'), `https://cdn.jsdelivr.net/npm/${name}@${version}/`);
if (pinned !== readme) writeFileSync(readmeUrl, pinned);
console.log(`README links pinned to ${name}@${version}`);
