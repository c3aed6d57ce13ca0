'use strict';

const { is, camundaAttr, isBlank, isExpression, owner } = require('./helper');

/**
 * Every deadline comes from procedure-timescales through the `deadlines` bean:
 * camunda:dueDate, camunda:followUpDate and the timeDate / timeDuration / timeCycle of a timer
 * are expressions such as ${deadlines.after('SOC_VISIT', visitDate)} and never hold a
 * literal ISO-8601 duration, date or cycle (P5D, PT24H, 2025-01-31, R3/PT1H). The reminder and chase timers of a
 * statutory task use ${statutoryDeadline.reminderCycle(execution)} / chaseCycle, which derive from the task's due
 * date (itself from procedure-timescales).
 */

// ISO-8601 durations (P5D, PT24H, P1Y2M, P2W), dates (2025-01-31), repetitions (R3/…, R/…)
const ISO_LITERAL = new RegExp([
  /(?:^|[^A-Za-z0-9_])P(?=\d|T\d)(?:\d+(?:[.,]\d+)?[YMWD])*(?:T(?:\d+(?:[.,]\d+)?[HMS])+)?(?![A-Za-z0-9_])/.source,
  /\d{4}-\d{2}-\d{2}/.source,
  /(?:^|[^A-Za-z0-9_])R\d*\//.source
].join('|'));

const DEADLINES_CALL = /\b(?:deadlines|statutoryDeadline)\s*\.\s*[A-Za-z]+\s*\(/;

function problem(value) {
  if (ISO_LITERAL.test(value)) {
    return 'holds a literal ISO-8601 duration/date';
  }

  if (!isExpression(value) || !DEADLINES_CALL.test(value)) {
    return 'is not an expression using the deadlines bean';
  }
}

function message(what, value, why) {
  return `${what} "${value}" ${why}: use e.g. \${deadlines.after('STEP', someDate)} (procedure-timescales)`;
}

module.exports = function() {

  function check(node, reporter) {

    if (is(node, 'bpmn:UserTask')) {
      [ 'dueDate', 'followUpDate' ].forEach(attr => {
        const value = camundaAttr(node, attr);

        if (isBlank(value)) {
          return;
        }

        const why = problem(String(value).trim());

        if (why) {
          reporter.report(node.id, message('camunda:' + attr, value, why), [ attr ]);
        }
      });

      return;
    }

    if (is(node, 'bpmn:TimerEventDefinition')) {
      [ 'timeDate', 'timeDuration', 'timeCycle' ].forEach(prop => {
        const expression = node[prop];

        if (!expression) {
          return;
        }

        const value = String(expression.body || '').trim();
        const why = value ? problem(value) : 'is empty';

        if (why) {
          reporter.report(owner(node).id, message('Timer ' + prop, value, why));
        }
      });
    }
  }

  return { check };
};

module.exports.problem = problem;
