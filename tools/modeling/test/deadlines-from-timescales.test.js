'use strict';

const { verify, processXml, rule } = require('../testing/rule-tester');

function task(attrs) {
  return `<bpmn:userTask id="Task_Visit" name="Visit" ${attrs} />`;
}

function timer(kind, body) {
  return `
    <bpmn:intermediateCatchEvent id="Event_Wait" name="Wait">
      <bpmn:timerEventDefinition id="TimerEventDefinition_Wait">
        <bpmn:${kind} xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${body}</bpmn:${kind}>
      </bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>`;
}

function hint(what, value, why) {
  return `${what} "${value}" ${why}: use e.g. \${deadlines.after('STEP', someDate)} (procedure-timescales)`;
}

const LITERAL = 'holds a literal ISO-8601 duration/date';
const NOT_DEADLINES = 'is not an expression using the deadlines bean';

verify('deadlines-from-timescales', rule('deadlines-from-timescales'), {
  valid: [
    {
      name: 'due and follow-up dates from the deadlines bean',
      moddleElement: processXml(task(
        'camunda:dueDate="${deadlines.after(\'SOC_VISIT\', socDecidedOn)}" camunda:followUpDate="#{deadlines.reminder(\'SOC_VISIT\', socDecidedOn)}"'))
    },
    {
      name: 'timer dates from the deadlines bean',
      moddleElement: processXml(timer('timeDate', '${deadlines.before(\'REPORT_TO_CARER\', meetingDate)}'))
    },
    {
      name: 'no due date at all is for the user-task rule',
      moddleElement: processXml(task(''))
    }
  ],
  invalid: [
    {
      name: 'literal duration as due date',
      moddleElement: processXml(task('camunda:dueDate="P5D"')),
      report: { id: 'Task_Visit', message: hint('camunda:dueDate', 'P5D', LITERAL), path: [ 'dueDate' ] }
    },
    {
      name: 'literal date as follow-up date',
      moddleElement: processXml(task('camunda:dueDate="${deadlines.after(\'SOC_VISIT\', d)}" camunda:followUpDate="2025-03-01T09:00:00"')),
      report: { id: 'Task_Visit', message: hint('camunda:followUpDate', '2025-03-01T09:00:00', LITERAL), path: [ 'followUpDate' ] }
    },
    {
      name: 'expression without the deadlines bean',
      moddleElement: processXml(task('camunda:dueDate="${dateTime().plusDays(5).toDate()}"')),
      report: { id: 'Task_Visit', message: hint('camunda:dueDate', '${dateTime().plusDays(5).toDate()}', NOT_DEADLINES), path: [ 'dueDate' ] }
    },
    {
      name: 'literal duration hidden in an expression',
      moddleElement: processXml(task('camunda:dueDate="${deadlines.after(\'SOC_VISIT\', d).plus(\'PT24H\')}"')),
      report: {
        id: 'Task_Visit',
        message: hint('camunda:dueDate', '${deadlines.after(\'SOC_VISIT\', d).plus(\'PT24H\')}', LITERAL),
        path: [ 'dueDate' ]
      }
    },
    {
      name: 'literal timer duration',
      moddleElement: processXml(timer('timeDuration', 'PT24H')),
      report: { id: 'Event_Wait', message: hint('Timer timeDuration', 'PT24H', LITERAL) }
    },
    {
      name: 'literal timer cycle',
      moddleElement: processXml(timer('timeCycle', 'R3/PT1H')),
      report: { id: 'Event_Wait', message: hint('Timer timeCycle', 'R3/PT1H', LITERAL) }
    },
    {
      name: 'timer from a variable, not the bean',
      moddleElement: processXml(timer('timeDate', '${visitDue}')),
      report: { id: 'Event_Wait', message: hint('Timer timeDate', '${visitDue}', NOT_DEADLINES) }
    },
    {
      name: 'timeout task listener with a literal duration',
      moddleElement: processXml(`
        <bpmn:userTask id="Task_Visit" name="Visit" camunda:dueDate="\${deadlines.after('SOC_VISIT', d)}">
          <bpmn:extensionElements>
            <camunda:taskListener event="timeout" delegateExpression="\${remind}" id="TaskListener_Remind">
              <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">P2D</bpmn:timeDuration></bpmn:timerEventDefinition>
            </camunda:taskListener>
          </bpmn:extensionElements>
        </bpmn:userTask>`),
      report: { id: 'Task_Visit', message: hint('Timer timeDuration', 'P2D', LITERAL) }
    }
  ]
});
