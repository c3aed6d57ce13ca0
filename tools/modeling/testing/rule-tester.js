'use strict';

/**
 * bpmnlint's RuleTester pattern on node's built-in test runner: the tester uses the mocha
 * globals describe / it / beforeEach, which node:test provides.
 */
const nodeTest = require('node:test');
const path = require('node:path');

global.describe = nodeTest.describe;
global.it = nodeTest.it;
global.beforeEach = nodeTest.beforeEach;

const { verify } = require('bpmnlint/lib/testers/rule-tester');
const { createModdle } = require('bpmnlint/lib/testers/helper');

const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

const FORMS_DIR = path.join(__dirname, 'fixtures', 'forms');

/**
 * Parses a BPMN document whose process holds the given XML (namespaces bpmn and camunda declared).
 */
function processXml(body, processId = 'soc-test') {
  return createModdle(`<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                  id="Definitions_Test" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${processId}" name="Test" isExecutable="true">
    ${body}
  </bpmn:process>
</bpmn:definitions>`, { camunda });
}

function rule(name) {
  return require(`bpmnlint-plugin-fostering/rules/${name}`);
}

module.exports = { verify, processXml, rule, FORMS_DIR };
