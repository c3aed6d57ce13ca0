'use strict';

const { is, isBlank } = require('./helper');

/**
 * Every flow node (task, sub-process, call activity, event, gateway — joins included) has a name,
 * and so has every sequence flow leaving a splitting gateway (the answer to the gateway's question).
 * Flows out of an event-based gateway are named by the event they lead to; a parallel split asks no
 * question (every branch runs), so its flows stay unnamed, as bpmnlint's superfluous-label wants.
 */
module.exports = function() {

  function check(node, reporter) {

    if (is(node, 'bpmn:FlowNode')) {
      if (isBlank(node.name)) {
        reporter.report(node.id, 'Element has no name', [ 'name' ]);
      }
      return;
    }

    if (is(node, 'bpmn:SequenceFlow')) {
      const source = node.sourceRef;

      if (is(source, 'bpmn:Gateway') &&
          !is(source, 'bpmn:EventBasedGateway') &&
          !is(source, 'bpmn:ParallelGateway') &&
          (source.outgoing || []).length > 1 &&
          isBlank(node.name)) {
        reporter.report(node.id, `Sequence flow out of gateway <${source.id}> has no name`, [ 'name' ]);
      }
    }
  }

  return { check };
};
