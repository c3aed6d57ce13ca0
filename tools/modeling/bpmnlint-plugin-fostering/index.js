'use strict';

/**
 * bpmnlint rules of the fostering-concerns models; see docs/CONVENTIONS.md
 * and docs/CHANGING-A-PROCEDURE.md.
 */
module.exports = {
  configs: {
    recommended: {
      rules: {
        'user-task': 'error',
        'no-camunda-class': 'error',
        'element-ids': 'error',
        'element-names': 'error',
        'deadlines-from-timescales': 'error',
        'statutory-deadline': 'error'
      }
    }
  },
  rules: {
    'user-task': './rules/user-task',
    'no-camunda-class': './rules/no-camunda-class',
    'element-ids': './rules/element-ids',
    'element-names': './rules/element-names',
    'deadlines-from-timescales': './rules/deadlines-from-timescales',
    'statutory-deadline': './rules/statutory-deadline'
  }
};
