/*
 * fostering-concerns: Tasklist's configuration (replaces the webapp's own scripts/config.js: the application's
 * classes come first on the class path). Camunda's defaults, plus the product's script below (issue 10).
 */

export default {
  // after a case is started from Tasklist, its case reference is shown (Tasklist's own notice does not say it)
  customScripts: ['scripts/case-reference-notice'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
