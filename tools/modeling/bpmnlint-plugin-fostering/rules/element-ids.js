'use strict';

const { is } = require('./helper');

/**
 * Readable ids: `<Prefix>_<CamelCase>`, never the generated ids of a modeler
 * (`Activity_0x1y2z3`, `Flow_0k3j4l5`, `StartEvent_1`, `sid-…`).
 *
 * The process id is its key (kebab-case, e.g. `concern-triage`) or `Process_<CamelCase>`.
 */
const PREFIXES = [
  [ 'bpmn:Activity', [ 'Task', 'Activity' ] ],
  [ 'bpmn:Gateway', [ 'Gateway' ] ],
  [ 'bpmn:Event', [ 'Event' ] ],
  [ 'bpmn:SequenceFlow', [ 'Flow' ] ],
  [ 'bpmn:MessageFlow', [ 'Flow', 'MessageFlow' ] ],
  [ 'bpmn:DataObject', [ 'DataObject' ] ],
  [ 'bpmn:DataObjectReference', [ 'DataObject', 'DataObjectReference' ] ],
  [ 'bpmn:DataStoreReference', [ 'DataStore', 'DataStoreReference' ] ],
  [ 'bpmn:DataStore', [ 'DataStore' ] ],
  [ 'bpmn:TextAnnotation', [ 'TextAnnotation' ] ],
  [ 'bpmn:Association', [ 'Association' ] ],
  [ 'bpmn:DataInputAssociation', [ 'Association', 'DataInputAssociation' ] ],
  [ 'bpmn:DataOutputAssociation', [ 'Association', 'DataOutputAssociation' ] ],
  [ 'bpmn:Group', [ 'Group' ] ],
  [ 'bpmn:Participant', [ 'Participant' ] ],
  [ 'bpmn:Lane', [ 'Lane' ] ],
  [ 'bpmn:Collaboration', [ 'Collaboration' ] ],
  [ 'bpmn:Message', [ 'Message' ] ],
  [ 'bpmn:Signal', [ 'Signal' ] ],
  [ 'bpmn:Error', [ 'Error' ] ],
  [ 'bpmn:Escalation', [ 'Escalation' ] ]
];

const PROCESS_KEY = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

// CamelCase after the prefix; further `_Part`s allowed (e.g. Flow_Decision_Yes)
const CAMEL = /^[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$/;

// what modelers generate: a 7-character lowercase hash (bpmn-js), a bare number (StartEvent_1)
const GENERATED_PART = /^(?=[0-9a-z]*[0-9])[0-9a-z]{7}$|^[0-9]+$/;

function prefixesOf(node) {
  const entry = PREFIXES.find(([ type ]) => is(node, type));

  return entry && entry[1];
}

function checkId(id) {

  if (/^sid-/.test(id)) {
    return `Generated id <${id}>: give it a readable id`;
  }

  const parts = id.split('_');

  if (parts.length > 1 && parts.slice(1).some(part => GENERATED_PART.test(part))) {
    return `Generated id <${id}>: give it a readable id`;
  }
}

module.exports = function() {

  function check(node, reporter) {

    const id = node.id;

    if (!id) {
      return;
    }

    if (is(node, 'bpmn:Process')) {
      const generated = checkId(id);

      if (generated) {
        reporter.report(id, generated, [ 'id' ]);
      } else if (!PROCESS_KEY.test(id) && !/^Process_[A-Z][A-Za-z0-9]*$/.test(id)) {
        reporter.report(id, `Process id <${id}> must be the process key (kebab-case) or Process_<CamelCase>`, [ 'id' ]);
      }

      return;
    }

    const prefixes = prefixesOf(node);

    if (!prefixes) {
      return;
    }

    const generated = checkId(id);

    if (generated) {
      reporter.report(id, generated, [ 'id' ]);
      return;
    }

    const prefix = prefixes.find(p => id.startsWith(p + '_'));

    if (!prefix || !CAMEL.test(id.slice(prefix.length + 1))) {
      const expected = prefixes.map(p => p + '_<CamelCase>').join(' or ');

      reporter.report(id, `Id <${id}> of a ${node.$type} must be ${expected}`, [ 'id' ]);
    }
  }

  return { check };
};
