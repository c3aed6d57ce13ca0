'use strict';

const { camundaAttr, isBlank, owner } = require('./helper');

/**
 * No camunda:class anywhere: service tasks, listeners and the like use
 * camunda:delegateExpression="${someDelegate}" (Spring beans).
 */
module.exports = function() {

  function check(node, reporter) {

    let value = camundaAttr(node, 'class');

    // camunda:* elements (listeners, ...) carry class as their own attribute
    if (isBlank(value) && /^camunda:/.test(node.$type || '')) {
      value = node.class || (node.$attrs || {}).class;
    }

    if (isBlank(value)) {
      return;
    }

    const target = owner(node);
    const where = target === node ? '' : ` (on ${node.$type})`;

    reporter.report(target && target.id, `camunda:class="${value}" is not allowed${where}: use camunda:delegateExpression`, [ 'class' ]);
  }

  return { check };
};
