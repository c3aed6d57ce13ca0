'use strict';

const { is } = require('./helper');

/**
 * A user task marked statutory (extension property statutory = true) is reminded before its due date and chased when
 * it is late by the engine's own timers: two timeout task listeners,
 *   id StatutoryReminder, timeCycle ${statutoryDeadline.reminderCycle(execution)}, delegateExpression ${statutoryReminder}
 *   id StatutoryChase,    timeCycle ${statutoryDeadline.chaseCycle(execution)},    delegateExpression ${statutoryChase}
 * and nothing else uses them (PROCESS-API section 8, README "Missed deadlines").
 */
const LISTENERS = {
  StatutoryReminder: { cycle: '${statutoryDeadline.reminderCycle(execution)}', delegate: '${statutoryReminder}' },
  StatutoryChase: { cycle: '${statutoryDeadline.chaseCycle(execution)}', delegate: '${statutoryChase}' }
};

function extensionValues(node) {
  const extensions = node.extensionElements;
  return (extensions && extensions.values) || [];
}

function isStatutory(node) {
  return extensionValues(node).some(value => is(value, 'camunda:Properties') && (value.values || []).some(
    property => property.name === 'statutory' && String(property.value).trim().toLowerCase() === 'true'));
}

function timeoutListeners(node) {
  return extensionValues(node).filter(value => is(value, 'camunda:TaskListener') && value.event === 'timeout');
}

function cycleOf(listener) {
  const timer = (listener.eventDefinitions || []).find(definition => is(definition, 'bpmn:TimerEventDefinition'));
  return timer && timer.timeCycle ? String(timer.timeCycle.body || '').trim() : undefined;
}

module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const statutory = isStatutory(node);
    const timeouts = timeoutListeners(node);

    Object.entries(LISTENERS).forEach(([ id, expected ]) => {
      const listener = timeouts.find(candidate => candidate.id === id);
      if (statutory && !listener) {
        reporter.report(node.id, `Statutory task needs the timeout task listener ${id} (timeCycle ${expected.cycle}, delegate ${expected.delegate})`);
      }
      if (!statutory && listener) {
        reporter.report(node.id, `Timeout task listener ${id} belongs only on a task marked statutory`);
      }
      if (listener && (cycleOf(listener) !== expected.cycle || listener.delegateExpression !== expected.delegate)) {
        reporter.report(node.id, `Timeout task listener ${id} must have timeCycle ${expected.cycle} and delegate ${expected.delegate}`);
      }
    });
  }

  return { check };
};
