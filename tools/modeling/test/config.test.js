'use strict';

/**
 * The project's .bpmnlintrc resolves (bpmnlint:recommended, camunda-compat's Camunda 7.24 config,
 * the fostering plugin) and lints a conforming diagram clean and a broken one with errors.
 */
const { describe, it } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const Linter = require('bpmnlint/lib/linter');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const { createScopedRequire } = require('bpmnlint/lib/resolver/helper');
const { BpmnModdle } = require('bpmn-moddle');

const { FORMS_DIR } = require('../testing/rule-tester');

const tools = path.resolve(__dirname, '..');
const config = JSON.parse(fs.readFileSync(path.resolve(tools, '..', '..', '.bpmnlintrc'), 'utf8'));
const scopedRequire = createScopedRequire(tools);

async function lint(fixture) {
  const extensions = Object.fromEntries(
    Object.entries(config.moddleExtensions || {}).map(([ key, module ]) => [ key, scopedRequire(module) ]));
  const moddle = new BpmnModdle(extensions);
  const xml = fs.readFileSync(path.join(tools, 'testing', 'fixtures', 'bpmn', fixture), 'utf8');
  const { rootElement } = await moddle.fromXML(xml);

  process.env.FOSTERING_FORMS_DIR = FORMS_DIR;

  const linter = new Linter({ config, resolver: new NodeResolver({ require: scopedRequire }) });
  const results = await linter.lint(rootElement);

  return Object.entries(results).flatMap(([ rule, reports ]) =>
    reports.filter(r => r.category === 'error').map(r => `${rule}: ${r.id}: ${r.message}`));
}

describe('.bpmnlintrc', () => {

  it('extends the camunda-compat 7.24 config and the fostering rules', () => {
    assert.ok(config.extends.includes('bpmnlint:recommended'));
    assert.ok(config.extends.includes('plugin:camunda-compat/camunda-platform-7-24'));
    assert.ok(config.extends.includes('plugin:fostering/recommended'));
  });

  it('lints a conforming diagram clean', async () => {
    assert.deepStrictEqual(await lint('good.bpmn'), []);
  });

  it('reports the errors of a broken diagram', async () => {
    const errors = await lint('bad.bpmn');

    assert.ok(errors.some(e => e.startsWith('fostering/element-ids: Activity_0x1y2z3: Generated id')), errors.join('\n'));
    assert.ok(errors.some(e => e.includes('fostering/user-task: Activity_0x1y2z3: User task has no camunda:candidateGroups')), errors.join('\n'));
    assert.ok(errors.some(e => e.includes('fostering/deadlines-from-timescales: Activity_0x1y2z3: camunda:dueDate "P1D"')), errors.join('\n'));
  });
});
