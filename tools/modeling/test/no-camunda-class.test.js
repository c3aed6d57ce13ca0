'use strict';

const { verify, processXml, rule } = require('../testing/rule-tester');

verify('no-camunda-class', rule('no-camunda-class'), {
  valid: [
    {
      name: 'delegate expressions',
      moddleElement: processXml(`
        <bpmn:serviceTask id="Task_Notify" name="Notify" camunda:delegateExpression="\${notifyLado}">
          <bpmn:extensionElements>
            <camunda:executionListener event="start" delegateExpression="\${audit}" />
          </bpmn:extensionElements>
        </bpmn:serviceTask>`)
    }
  ],
  invalid: [
    {
      name: 'service task with a class',
      moddleElement: processXml('<bpmn:serviceTask id="Task_Notify" name="Notify" camunda:class="uk.fosteringconcerns.Notify" />'),
      report: {
        id: 'Task_Notify',
        message: 'camunda:class="uk.fosteringconcerns.Notify" is not allowed: use camunda:delegateExpression',
        path: [ 'class' ]
      }
    },
    {
      name: 'listener with a class',
      moddleElement: processXml(`
        <bpmn:userTask id="Task_Visit" name="Visit">
          <bpmn:extensionElements>
            <camunda:taskListener event="create" class="uk.fosteringconcerns.Listener" />
          </bpmn:extensionElements>
        </bpmn:userTask>`),
      report: {
        id: 'Task_Visit',
        message: 'camunda:class="uk.fosteringconcerns.Listener" is not allowed (on camunda:TaskListener): use camunda:delegateExpression',
        path: [ 'class' ]
      }
    },
    {
      name: 'message event definition with a class',
      moddleElement: processXml(`
        <bpmn:endEvent id="Event_Sent" name="Sent">
          <bpmn:messageEventDefinition id="MessageEventDefinition_Sent" camunda:class="uk.fosteringconcerns.Send" />
        </bpmn:endEvent>`),
      report: {
        id: 'Event_Sent',
        message: 'camunda:class="uk.fosteringconcerns.Send" is not allowed (on bpmn:MessageEventDefinition): use camunda:delegateExpression',
        path: [ 'class' ]
      }
    }
  ]
});
