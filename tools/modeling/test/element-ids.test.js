'use strict';

const { verify, processXml, rule } = require('../testing/rule-tester');

function generated(id, element) {
  return {
    name: `generated ${id}`,
    moddleElement: processXml(element),
    report: { id, message: `Generated id <${id}>: give it a readable id`, path: [ 'id' ] }
  };
}

verify('element-ids', rule('element-ids'), {
  valid: [
    {
      name: 'readable ids of every kind',
      moddleElement: processXml(`
        <bpmn:startEvent id="Event_ConcernReceived" name="Concern received" />
        <bpmn:userTask id="Task_InitialDiscussion" name="Initial discussion" />
        <bpmn:callActivity id="Activity_ManagementOfAllegations" name="Management of allegations" />
        <bpmn:exclusiveGateway id="Gateway_LadoDecision" name="LADO decision?" />
        <bpmn:sequenceFlow id="Flow_Allegation_Yes" sourceRef="Gateway_LadoDecision" targetRef="Activity_ManagementOfAllegations" />
        <bpmn:boundaryEvent id="Event_VisitOverdue" name="Visit overdue" attachedToRef="Task_InitialDiscussion" />
        <bpmn:dataObjectReference id="DataObjectReference_VisitRecord" dataObjectRef="DataObject_VisitRecord" />
        <bpmn:dataObject id="DataObject_VisitRecord" />
        <bpmn:textAnnotation id="TextAnnotation_Seed001"><bpmn:text>Seed 001 4.1</bpmn:text></bpmn:textAnnotation>
        <bpmn:association id="Association_Seed001" sourceRef="Task_InitialDiscussion" targetRef="TextAnnotation_Seed001" />`)
    },
    {
      name: 'process id is the key',
      moddleElement: processXml('', 'management-of-allegations')
    },
    {
      name: 'process id Process_',
      moddleElement: processXml('', 'Process_StandardsOfCare')
    }
  ],
  invalid: [
    generated('Activity_0x1y2z3', '<bpmn:task id="Activity_0x1y2z3" name="A" />'),
    generated('Gateway_1abcd2e', '<bpmn:exclusiveGateway id="Gateway_1abcd2e" name="G" />'),
    generated('Flow_0k3j4l5', `
      <bpmn:task id="Task_A" name="A" /><bpmn:task id="Task_B" name="B" />
      <bpmn:sequenceFlow id="Flow_0k3j4l5" sourceRef="Task_A" targetRef="Task_B" />`),
    generated('StartEvent_1', '<bpmn:startEvent id="StartEvent_1" name="Start" />'),
    generated('sid-4A1B2C3D-0000-1111-2222-333344445555', '<bpmn:task id="sid-4A1B2C3D-0000-1111-2222-333344445555" name="A" />'),
    generated('Task_Visit_1k2j3h4', '<bpmn:task id="Task_Visit_1k2j3h4" name="A" />'),
    {
      name: 'prefix of another type',
      moddleElement: processXml('<bpmn:exclusiveGateway id="Task_Decide" name="Decide?" />'),
      report: {
        id: 'Task_Decide',
        message: 'Id <Task_Decide> of a bpmn:ExclusiveGateway must be Gateway_<CamelCase>',
        path: [ 'id' ]
      }
    },
    {
      name: 'not CamelCase',
      moddleElement: processXml('<bpmn:userTask id="Task_visit_carer" name="Visit" />'),
      report: {
        id: 'Task_visit_carer',
        message: 'Id <Task_visit_carer> of a bpmn:UserTask must be Task_<CamelCase> or Activity_<CamelCase>',
        path: [ 'id' ]
      }
    },
    {
      name: 'old modeler prefixes',
      moddleElement: processXml('<bpmn:exclusiveGateway id="ExclusiveGateway_Decide" name="Decide?" />'),
      report: {
        id: 'ExclusiveGateway_Decide',
        message: 'Id <ExclusiveGateway_Decide> of a bpmn:ExclusiveGateway must be Gateway_<CamelCase>',
        path: [ 'id' ]
      }
    },
    {
      name: 'generated process id',
      moddleElement: processXml('', 'Process_0abc123'),
      report: { id: 'Process_0abc123', message: 'Generated id <Process_0abc123>: give it a readable id', path: [ 'id' ] }
    },
    {
      name: 'process id neither key nor Process_',
      moddleElement: processXml('', 'ConcernTriage'),
      report: {
        id: 'ConcernTriage',
        message: 'Process id <ConcernTriage> must be the process key (kebab-case) or Process_<CamelCase>',
        path: [ 'id' ]
      }
    }
  ]
});
