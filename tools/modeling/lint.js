#!/usr/bin/env node
'use strict';

/**
 * Lints the models of the project: bpmnlint over bpmn/*.bpmn (config .bpmnlintrc) and
 * dmnlint over dmn/*.dmn (config .dmnlintrc). Exits non-zero when either reports an error.
 *
 *   node tools/modeling/lint.js            # from anywhere; `npm run lint` in tools/modeling
 *
 * The linters resolve their plugins from this folder's node_modules, so they run with this
 * folder as working directory and are given the project's config files and models by path.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const here = __dirname;
const root = path.resolve(here, '..', '..');

function models(dir, ext) {
  const full = path.join(root, dir);

  if (!fs.existsSync(full)) {
    return [];
  }

  return fs.readdirSync(full)
    .filter(name => name.endsWith(ext))
    .sort()
    .map(name => path.join(full, name));
}

function run(tool, config, files) {
  const label = `${tool} (${files.length} file${files.length === 1 ? '' : 's'})`;

  if (!files.length) {
    console.log(`${label}: nothing to lint`);
    return 0;
  }

  const bin = require.resolve(`${tool}/bin/${tool}.js`, { paths: [ here ] });
  const result = spawnSync(process.execPath, [ bin, '--config', path.join(root, config), ...files ], {
    cwd: here,
    stdio: 'inherit',
    env: { ...process.env, FOSTERING_FORMS_DIR: path.join(root, 'forms') }
  });

  if (result.error) {
    console.error(`${label}: ${result.error.message}`);
    return 1;
  }

  console.log(`${label}: ${result.status === 0 ? 'ok' : 'FAILED'}`);
  return result.status === 0 ? 0 : 1;
}

const failures =
  run('bpmnlint', '.bpmnlintrc', models('bpmn', '.bpmn')) +
  run('dmnlint', '.dmnlintrc', models('dmn', '.dmn'));

process.exit(failures ? 1 : 0);
