'use strict';

const fs = require('node:fs');
const path = require('node:path');

const { is, camundaAttr, isBlank, isExpression } = require('./helper');

/**
 * The groups of PROCESS-API section 1.
 */
const DEFAULT_GROUPS = [
  'childrens-social-worker',
  'childrens-team-manager',
  'fostering-social-worker',
  'fostering-manager',
  'lado',
  'business-support',
  'iro',
  'fostering-panel',
  'agency-decision-maker',
  'service-manager',
  'head-of-service',
  'director',
  'quality-assurance',
  'camunda-admin'
];

/**
 * forms/ of the project: option `formsDir` (absolute, or relative to the working directory),
 * else env FOSTERING_FORMS_DIR, else <project>/forms seen from this plugin
 * (<project>/tools/modeling/bpmnlint-plugin-fostering/rules).
 */
function formsDir(config) {
  const dir = (config && config.formsDir) || process.env.FOSTERING_FORMS_DIR;

  return dir ? path.resolve(dir) : path.resolve(__dirname, '../../../../forms');
}

function readFormId(file) {
  try {
    return { id: JSON.parse(fs.readFileSync(file, 'utf8')).id };
  } catch (e) {
    return { error: e.message };
  }
}

/**
 * Every user task has camunda:candidateGroups (groups of PROCESS-API section 1, or an expression),
 * camunda:formRef to an existing forms/<formRef>.form whose "id" is the formRef,
 * camunda:formRefBinding="deployment" and a camunda:dueDate.
 *
 * Start events with a camunda:formRef get the same form checks.
 */
module.exports = function(config = {}) {

  const groups = config.groups || DEFAULT_GROUPS;
  const dir = formsDir(config);
  const formIds = new Map();

  function checkFormRef(node, reporter) {
    const formRef = camundaAttr(node, 'formRef');

    if (isBlank(formRef)) {
      reporter.report(node.id, 'User task has no camunda:formRef', [ 'formRef' ]);
      return;
    }

    if (camundaAttr(node, 'formRefBinding') !== 'deployment') {
      reporter.report(node.id, 'camunda:formRefBinding must be "deployment"', [ 'formRefBinding' ]);
    }

    const file = path.join(dir, formRef + '.form');

    if (!fs.existsSync(file)) {
      reporter.report(node.id, `Form <${formRef}> not found: forms/${formRef}.form`, [ 'formRef' ]);
      return;
    }

    if (!formIds.has(file)) {
      formIds.set(file, readFormId(file));
    }

    const { id, error } = formIds.get(file);

    if (error) {
      reporter.report(node.id, `forms/${formRef}.form is not valid JSON: ${error}`, [ 'formRef' ]);
    } else if (id !== formRef) {
      reporter.report(node.id, `forms/${formRef}.form has id <${id}>, expected <${formRef}>`, [ 'formRef' ]);
    }
  }

  function check(node, reporter) {

    if (is(node, 'bpmn:StartEvent') && !isBlank(camundaAttr(node, 'formRef'))) {
      checkFormRef(node, reporter);
      return;
    }

    if (!is(node, 'bpmn:UserTask')) {
      return;
    }

    const candidateGroups = camundaAttr(node, 'candidateGroups');

    if (isBlank(candidateGroups)) {
      reporter.report(node.id, 'User task has no camunda:candidateGroups', [ 'candidateGroups' ]);
    } else if (!isExpression(candidateGroups)) {
      String(candidateGroups).split(',').map(g => g.trim()).filter(g => !groups.includes(g)).forEach(g => {
        reporter.report(node.id, `Unknown candidate group <${g}> (see PROCESS-API section 1)`, [ 'candidateGroups' ]);
      });
    }

    checkFormRef(node, reporter);

    if (isBlank(camundaAttr(node, 'dueDate'))) {
      reporter.report(node.id, 'User task has no camunda:dueDate', [ 'dueDate' ]);
    }
  }

  return { check };
};

module.exports.DEFAULT_GROUPS = DEFAULT_GROUPS;
