'use strict';

const { verify, processXml, rule } = require('../testing/rule-tester');

const REMINDER = `<camunda:taskListener delegateExpression="\${statutoryReminder}" event="timeout" id="StatutoryReminder">
  <bpmn:timerEventDefinition id="TimerEventDefinition_R"><bpmn:timeCycle xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\${statutoryDeadline.reminderCycle(execution)}</bpmn:timeCycle></bpmn:timerEventDefinition>
</camunda:taskListener>`;
const CHASE = `<camunda:taskListener delegateExpression="\${statutoryChase}" event="timeout" id="StatutoryChase">
  <bpmn:timerEventDefinition id="TimerEventDefinition_C"><bpmn:timeCycle xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\${statutoryDeadline.chaseCycle(execution)}</bpmn:timeCycle></bpmn:timerEventDefinition>
</camunda:taskListener>`;
const STATUTORY = '<camunda:properties><camunda:property name="statutory" value="true" /></camunda:properties>';

function task(extensions) {
  return `<bpmn:userTask id="Task_Visit" name="Visit"><bpmn:extensionElements>${extensions}</bpmn:extensionElements></bpmn:userTask>`;
}

verify('statutory-deadline', rule('statutory-deadline'), {
  valid: [
    { name: 'a statutory task with its reminder and chase', moddleElement: processXml(task(STATUTORY + REMINDER + CHASE)) },
    { name: 'a task that is not statutory, with no timers', moddleElement: processXml(task('')) }
  ],
  invalid: [
    {
      name: 'a statutory task without its chase',
      moddleElement: processXml(task(STATUTORY + REMINDER)),
      report: {
        id: 'Task_Visit',
        message: 'Statutory task needs the timeout task listener StatutoryChase (timeCycle ${statutoryDeadline.chaseCycle(execution)}, delegate ${statutoryChase})'
      }
    },
    {
      name: 'the timers on a task that is not statutory',
      moddleElement: processXml(task(REMINDER + CHASE)),
      report: [
        { id: 'Task_Visit', message: 'Timeout task listener StatutoryReminder belongs only on a task marked statutory' },
        { id: 'Task_Visit', message: 'Timeout task listener StatutoryChase belongs only on a task marked statutory' }
      ]
    },
    {
      name: 'a chase with another timer',
      moddleElement: processXml(task(STATUTORY + REMINDER + CHASE.replace('chaseCycle', 'reminderCycle'))),
      report: {
        id: 'Task_Visit',
        message: 'Timeout task listener StatutoryChase must have timeCycle ${statutoryDeadline.chaseCycle(execution)} and delegate ${statutoryChase}'
      }
    }
  ]
});
