'use strict';

const { verify, processXml, rule, FORMS_DIR } = require('../testing/rule-tester');

const config = { formsDir: FORMS_DIR };

const DUE = 'camunda:dueDate="${deadlines.after(\'SOC_VISIT\', socDecidedOn)}"';

function userTask(attrs) {
  return `<bpmn:userTask id="Task_VisitFosterCarer" name="Visit the foster carer" ${attrs} />`;
}

verify('user-task', rule('user-task'), {
  valid: [
    {
      name: 'all attributes present',
      config,
      moddleElement: processXml(userTask(
        `camunda:candidateGroups="fostering-social-worker" camunda:formRef="visit-record" camunda:formRefBinding="deployment" ${DUE}`))
    },
    {
      name: 'candidate groups from an expression, several groups',
      config,
      moddleElement: processXml(
        `<bpmn:userTask id="Task_A" name="A" camunda:candidateGroups="\${candidateGroup}" camunda:formRef="visit-record" camunda:formRefBinding="deployment" ${DUE} />
         <bpmn:userTask id="Task_B" name="B" camunda:candidateGroups="lado, fostering-manager" camunda:formRef="visit-record" camunda:formRefBinding="deployment" ${DUE} />`)
    },
    {
      name: 'start event with an existing form, and one without a form',
      config,
      moddleElement: processXml(
        `<bpmn:startEvent id="Event_Received" name="Received" camunda:formRef="visit-record" camunda:formRefBinding="deployment" />
         <bpmn:startEvent id="Event_Other" name="Other" />`)
    },
    {
      name: 'other tasks are not user tasks',
      config,
      moddleElement: processXml('<bpmn:serviceTask id="Task_Notify" name="Notify" camunda:delegateExpression="${notify}" />')
    }
  ],
  invalid: [
    {
      name: 'nothing set',
      config,
      moddleElement: processXml('<bpmn:userTask id="Task_VisitFosterCarer" name="Visit" />'),
      report: [
        { id: 'Task_VisitFosterCarer', message: 'User task has no camunda:candidateGroups', path: [ 'candidateGroups' ] },
        { id: 'Task_VisitFosterCarer', message: 'User task has no camunda:formRef', path: [ 'formRef' ] },
        { id: 'Task_VisitFosterCarer', message: 'User task has no camunda:dueDate', path: [ 'dueDate' ] }
      ]
    },
    {
      name: 'unknown group',
      config,
      moddleElement: processXml(userTask(
        `camunda:candidateGroups="lado,social-workers" camunda:formRef="visit-record" camunda:formRefBinding="deployment" ${DUE}`)),
      report: {
        id: 'Task_VisitFosterCarer',
        message: 'Unknown candidate group <social-workers> (see PROCESS-API section 1)',
        path: [ 'candidateGroups' ]
      }
    },
    {
      name: 'form file missing',
      config,
      moddleElement: processXml(userTask(
        `camunda:candidateGroups="lado" camunda:formRef="no-such-form" camunda:formRefBinding="deployment" ${DUE}`)),
      report: {
        id: 'Task_VisitFosterCarer',
        message: 'Form <no-such-form> not found: forms/no-such-form.form',
        path: [ 'formRef' ]
      }
    },
    {
      name: 'form id differs from formRef',
      config,
      moddleElement: processXml(userTask(
        `camunda:candidateGroups="lado" camunda:formRef="wrong-id" camunda:formRefBinding="deployment" ${DUE}`)),
      report: {
        id: 'Task_VisitFosterCarer',
        message: 'forms/wrong-id.form has id <something-else>, expected <wrong-id>',
        path: [ 'formRef' ]
      }
    },
    {
      name: 'form bound to latest instead of the deployment',
      config,
      moddleElement: processXml(userTask(
        `camunda:candidateGroups="lado" camunda:formRef="visit-record" camunda:formRefBinding="latest" ${DUE}`)),
      report: {
        id: 'Task_VisitFosterCarer',
        message: 'camunda:formRefBinding must be "deployment"',
        path: [ 'formRefBinding' ]
      }
    },
    {
      name: 'start event form missing',
      config,
      moddleElement: processXml(
        '<bpmn:startEvent id="Event_Received" name="Received" camunda:formRef="concern-intake" camunda:formRefBinding="deployment" />'),
      report: {
        id: 'Event_Received',
        message: 'Form <concern-intake> not found: forms/concern-intake.form',
        path: [ 'formRef' ]
      }
    }
  ]
});
